package app.heard.demo;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.identity.People;
import app.heard.lareference.ReferenceLaServer;
import app.heard.lasync.SyncCycle;
import app.heard.views.EarlierViewsImporter.EarlierSubmission;
import app.heard.views.EarlierViewsImporter;
import app.heard.views.Gathered;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

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

	private final EarlierViewsImporter earlierViews;

	private final ObjectProvider<ReferenceLaServer> referenceLa;

	private final SyncCycle sync;

	private final JsonMapper json;

	DemoDataLoader(CaseRecordImporter importer, People people, ClientRegistrationRepository registrations, Clock clock,
			EarlierViewsImporter earlierViews, ObjectProvider<ReferenceLaServer> referenceLa, SyncCycle sync,
			JsonMapper json) {
		this.importer = importer;
		this.referenceLa = referenceLa;
		this.sync = sync;
		this.json = json;
		this.earlierViews = earlierViews;
		this.people = people;
		this.registrations = registrations;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock);
		var ellieAtTheLa = DemoCases.ellie(today);
		arrive(List.of(ellieAtTheLa, DemoCases.riley(today)));
		CaseId ellie = importer.caseId(ellieAtTheLa.laId()).orElseThrow();
		String issuer = registrations.findByRegistrationId("heard").getProviderDetails().getIssuerUri();
		LINKS.forEach((involvement, account) -> importer.linkPerson(involvement,
				people.register(issuer, account.subject, account.displayName).id()));
		var jordan = people.register(issuer, DemoAccount.PARENT.subject, DemoAccount.PARENT.displayName).id();
		// Last year's About Me, as if brought over from the LA's previous product, so
		// "Last time you said" shows from the first visit
		earlierViews.importSent(new EarlierSubmission(ellie, importer.review(DemoCases.ELLIE_LAST_REVIEW), "Ellie",
				ViewKind.ABOUT_ME, null, DemoAccount.PARENT.displayName, jordan, CaseRole.PARENT_CARER,
				Gathered.DICTATED,
				DemoCases.ellieLastReview(today).minusWeeks(3).atTime(18, 0).atZone(clock.getZone()).toInstant(),
				Map.of(Question.ENJOY_DOING, "Drawing horses, swimming on Saturdays and playing with my brother.",
						Question.CHANGE_FOR_ME, "I want to sit nearer the front so I can see the board.")));
		importer.addTeamMember(DemoCases.TEAM.laId(),
				people.register(issuer, DemoAccount.COORDINATOR.subject, DemoAccount.COORDINATOR.displayName).id());
	}

	/**
	 * With the embedded reference LA, the demo cases go into the LA's record and arrive
	 * through the real sync, as a council's would; otherwise they are applied directly.
	 */
	private void arrive(List<CaseSnapshot> snapshots) {
		var la = referenceLa.getIfAvailable();
		if (la == null || !sync.connected()) {
			snapshots.forEach(importer::apply);
			return;
		}
		snapshots.forEach(snapshot -> la.storeCase(json.writeValueAsString(snapshot)));
		sync.pullChanges();
	}

}
