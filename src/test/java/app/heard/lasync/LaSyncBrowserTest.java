package app.heard.lasync;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.TestClock;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.identity.internal.TestSignIn;
import app.heard.lareference.Faults;
import app.heard.lareference.ReferenceLaServer;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The LA administrator's sync page at 320 px, by keyboard, with axe on every state: a
 * message the LA kept refusing is listed with why, and Try again sends it.
 */
@IntegrationTest
class LaSyncBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ReferenceLaServer la;

	@Autowired
	SyncCycle sync;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	ViewsService views;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void everythingAsItWas() {
		la.faults(Faults.NONE);
		clock.reset();
		signIn.signOut();
	}

	@Test
	void an_administrator_sees_a_message_that_gave_up_with_why_and_tries_it_again() {
		var kase = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)), List.of());
		String caseLaId = kase.snapshot().laId();
		la.faults(Faults.NONE.withError(1.0));
		signIn.as(kase.subject("parent"));
		var set = views.open(kase.id(), ViewKind.PARENT_CARER);
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.OUR_HOPES, "To ride a horse",
				set.versionOf(Question.OUR_HOPES));
		views.submit(kase.id(), ViewKind.PARENT_CARER);
		signIn.signOut();
		for (int attempt = 0; attempt < 12 && status(kase).equals("PENDING"); attempt++) {
			sync.sendOutbox();
			clock.moveOn(Duration.ofMinutes(6));
		}
		assertThat(status(kase)).isEqualTo("FAILED");
		// And a case whose UPN the LA mistyped: imported, and listed for the LA to
		// correct
		var mistyped = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)),
				List.of());
		var snapshot = mistyped.snapshot();
		importer.apply(new CaseSnapshot(snapshot.laId(), snapshot.laVersion() + 1, snapshot.laReference(),
				snapshot.team(), snapshot.child().withSen2("Z801200001001", null, "ASD", null), snapshot.plans(),
				snapshot.reviews(), snapshot.people()));

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var admin = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Morgan Reid – LA systems administrator");
			admin.open("/la-sync");
			admin.heading().filter(new Locator.FilterOptions().setHasText("Sync with the LA's case record")).waitFor();
			var failure = admin.text("Case " + caseLaId + ", message 1: views sent");
			failure.waitFor();
			assertThat(admin.page().locator("main").textContent()).contains("InternalServerError: 500")
				.contains("Later messages for this case wait until this one arrives");
			admin.text(snapshot.laId() + ": the UPN's check letter does not match its digits").waitFor();
			AxeAudit.check(admin.page(), "la-sync-failure");

			la.faults(Faults.NONE);
			admin.tabTo(admin.button("Try again case " + caseLaId + ", message 1"));
			admin.page().keyboard().press("Enter");
			admin.text("Case " + caseLaId + ", message 1 will be sent again now.").waitFor();
			AxeAudit.check(admin.page(), "la-sync-retried");
		}
		sync.sendOutbox();
		assertThat(status(kase)).isEqualTo("SENT");
		assertThat(la.messages()).filteredOn(message -> message.caseLaId().equals(caseLaId)).hasSize(1);
	}

	@Test
	void the_page_is_not_there_for_anyone_else() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var coordinator = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Alex Brennan – LA case co-ordinator");
			coordinator.open("/la-sync");
			coordinator.heading().filter(new Locator.FilterOptions().setHasText("Page not found")).waitFor();
		}
	}

	private String status(CaseFixture kase) {
		return jdbc.queryForObject("select status from la_outbox where case_id = ? order by sequence limit 1",
				String.class, kase.id().value());
	}

}
