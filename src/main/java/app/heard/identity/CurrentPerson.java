package app.heard.identity;

import app.heard.identity.internal.HeardOidcUser;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Gives services the signed-in person. Case data is always looked up for this person,
 * never for an id a caller supplies, so nobody can ask for someone else's view of a case.
 */
@Component
public class CurrentPerson {

	private final SecurityContextHolderStrategy contexts;

	CurrentPerson(SecurityContextHolderStrategy contexts) {
		this.contexts = contexts;
	}

	public Optional<SignedInPerson> find() {
		var authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HeardOidcUser user) {
			return Optional.of(new SignedInPerson(user.personId(), user.displayName()));
		}
		return Optional.empty();
	}

	public SignedInPerson require() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

}
