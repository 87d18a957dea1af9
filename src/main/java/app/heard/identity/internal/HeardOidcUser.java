package app.heard.identity.internal;

import app.heard.identity.PersonId;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** An OIDC user who has been matched to a {@link PersonId}, kept in the session. */
public class HeardOidcUser extends DefaultOidcUser {

	private final PersonId personId;

	private final String displayName;

	HeardOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
			PersonId personId, String displayName) {
		super(authorities, idToken, userInfo, "sub");
		this.personId = personId;
		this.displayName = displayName;
	}

	public PersonId personId() {
		return personId;
	}

	public String displayName() {
		return displayName;
	}

}
