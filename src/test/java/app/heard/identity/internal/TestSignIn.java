package app.heard.identity.internal;

import app.heard.identity.People;
import app.heard.identity.SignedInPerson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * Puts a person in the security context exactly as a completed OIDC sign-in does (same
 * principal type), for tests of the service layer. Method security stays on and decides
 * on this principal like on any other.
 *
 * <p>
 * Uses the application's own {@link SecurityContextHolderStrategy} bean, not the static
 * holder: each test application context has its own (Vaadin's), and the static one
 * belongs to whichever context started last.
 */
public class TestSignIn {

	private final People people;

	private final SecurityContextHolderStrategy contexts;

	private final ClientRegistrationRepository registrations;

	TestSignIn(People people, SecurityContextHolderStrategy contexts, ClientRegistrationRepository registrations) {
		this.people = people;
		this.contexts = contexts;
		this.registrations = registrations;
	}

	/** Signs in as a person of the embedded identity provider, such as a demo account. */
	public SignedInPerson as(String subject) {
		return as(registrations.findByRegistrationId("heard").getProviderDetails().getIssuerUri(), subject);
	}

	public SignedInPerson as(String issuer, String subject) {
		SignedInPerson person = people.register(issuer, subject, null);
		var now = Instant.now();
		var idToken = new OidcIdToken("test-token", now, now.plusSeconds(300), Map.of("sub", subject, "iss", issuer));
		var user = new HeardOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken, null, person.id(),
				person.displayName());
		var context = contexts.createEmptyContext();
		context.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "heard"));
		contexts.setContext(context);
		return person;
	}

	/**
	 * The email address this person's identity provider gives at sign-in, as a real
	 * sign-in would record it.
	 */
	public void reachAt(String subject, String email) {
		people.register(registrations.findByRegistrationId("heard").getProviderDetails().getIssuerUri(), subject, null,
				email);
	}

	public void signOut() {
		contexts.clearContext();
	}

}
