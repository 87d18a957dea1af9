package app.heard.demo;

import app.heard.caserecord.CaseRecordImporter;
import app.heard.identity.People;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Loads the demo cases and links the demo accounts to them. Safe to run on every start:
 * the import ignores versions it already has, and people are found by their (issuer,
 * subject).
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

	private static final Map<String, DemoAccount> LINKS = Map.of("DEMO-INV-ELLIE-JT", DemoAccount.PARENT,
			"DEMO-INV-ELLIE-CM", DemoAccount.SECOND_PARENT, "DEMO-INV-ELLIE-PS", DemoAccount.ADVOCATE,
			"DEMO-INV-ELLIE-SO", DemoAccount.DIAS, "DEMO-INV-RILEY-RT", DemoAccount.YOUNG_PERSON, "DEMO-INV-RILEY-JT",
			DemoAccount.PARENT);

	private final CaseRecordImporter importer;

	private final People people;

	private final ClientRegistrationRepository registrations;

	private final Clock clock;

	DemoDataLoader(CaseRecordImporter importer, People people, ClientRegistrationRepository registrations,
			Clock clock) {
		this.importer = importer;
		this.people = people;
		this.registrations = registrations;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock);
		importer.apply(DemoCases.ellie(today));
		importer.apply(DemoCases.riley(today));
		String issuer = registrations.findByRegistrationId("heard").getProviderDetails().getIssuerUri();
		LINKS.forEach((involvement, account) -> importer.linkPerson(involvement,
				people.register(issuer, account.subject, account.displayName).id()));
		importer.addTeamMember(DemoCases.TEAM.laId(),
				people.register(issuer, DemoAccount.COORDINATOR.subject, DemoAccount.COORDINATOR.displayName).id());
	}

}
