package app.heard.identity.internal;

import app.heard.identity.People;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a successful OIDC sign-in into a known person. Roles are per case, so the only
 * authority granted here is that of a signed-in user; what they may see is decided case
 * by case.
 */
@Component
class PersonOidcUserService extends OidcUserService {

	private final People people;

	PersonOidcUserService(People people) {
		this.people = people;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		String issuer = user.getIssuer().toString();
		String name = user.getFullName() != null ? user.getFullName() : user.getGivenName();
		var person = people.register(issuer, user.getSubject(), name, user.getEmail());
		return new HeardOidcUser(user.getAuthorities(), user.getIdToken(), user.getUserInfo(), person.id(),
				person.displayName());
	}

}
