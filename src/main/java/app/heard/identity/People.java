package app.heard.identity;

import app.heard.identity.internal.PersonEntity;
import app.heard.identity.internal.PersonRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the people who sign in, keyed by their identity provider's (issuer, subject).
 */
@Service
public class People {

	private final PersonRepository persons;

	private final Clock clock;

	People(PersonRepository persons, Clock clock) {
		this.persons = persons;
		this.clock = clock;
	}

	/**
	 * Finds the person with this identity, creating them on first sign-in. The display
	 * name is refreshed from the provider when it sends one.
	 */
	@Transactional
	public SignedInPerson register(String issuer, String subject, String displayName) {
		return register(issuer, subject, displayName, null);
	}

	/**
	 * The same, keeping the email address the provider sent, if any, for telling the
	 * person that something is waiting for them.
	 */
	@Transactional
	public SignedInPerson register(String issuer, String subject, String displayName, String email) {
		var person = persons.findByIssuerAndSubject(issuer, subject)
			.orElseGet(() -> persons.save(new PersonEntity(UUID.randomUUID(), issuer, subject,
					displayName == null || displayName.isBlank() ? subject : displayName, clock.instant())));
		if (displayName != null && !displayName.isBlank()) {
			person.rename(displayName);
		}
		if (email != null && !email.isBlank()) {
			person.reachAt(email.strip());
		}
		return new SignedInPerson(new PersonId(person.getId()), person.getDisplayName());
	}

	/** Where to email a person, once a sign-in has told us. */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(PersonId person) {
		return persons.findById(person.value()).map(PersonEntity::getEmail);
	}

	/** The name a person is shown by, for attributions. */
	@Transactional(readOnly = true)
	public String displayName(PersonId person) {
		return persons.findById(person.value()).map(PersonEntity::getDisplayName).orElseThrow();
	}

}
