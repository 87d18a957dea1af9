package app.heard.identity.internal;

import app.heard.identity.People;
import app.heard.identity.SignedInPerson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * Puts a person in the security context exactly as a completed OIDC sign-in does (same
 * principal type), for tests of the service layer. Method security stays on: it decides
 * on this principal like on any other.
 */
public final class TestSignIn {

	private TestSignIn() {
	}

	public static SignedInPerson as(People people, String issuer, String subject) {
		SignedInPerson person = people.register(issuer, subject, null);
		var now = Instant.now();
		var idToken = new OidcIdToken("test-token", now, now.plusSeconds(300), Map.of("sub", subject, "iss", issuer));
		var user = new HeardOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken, null, person.id(),
				person.displayName());
		SecurityContextHolder.getContext()
			.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "heard"));
		return person;
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
