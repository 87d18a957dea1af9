package app.heard.views;

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
import app.heard.identity.internal.TestSignIn;
import app.heard.shell.DisplayFormats;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After the date for views, at 320 px: the question page and the check page say when
 * views closed and whom to contact, by team name, and the check page offers no Send.
 */
@IntegrationTest
class ViewsClosedBrowserTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void reset() {
		clock.reset();
		signIn.signOut();
	}

	@Test
	void after_the_date_for_views_the_pages_say_views_closed_and_whom_to_contact_and_there_is_no_send() {
		var kase = CaseFixture.create(importer, signIn, List.of(Member.of("ann", CaseRole.PARENT_CARER)), List.of());
		String closedOn = DisplayFormats.longDate(LocalDate.now(clock).plusWeeks(2));
		clock.moveOn(Duration.ofDays(15));
		String team = "Test team " + kase.teamLaId().replace("-TEAM", "");
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.subject("ann"),
					"**/children");
			String start = "/children/" + kase.id() + "/views/our-views";

			portal.open(start + "/family-history");
			var notice = portal.page().locator("#views-closed");
			assertThat(notice.textContent()).contains("Views closed on " + closedOn, "still saved",
					"contact your case co-ordinator in the " + team);
			AxeAudit.check(portal.page(), "views-closed-question");

			portal.open(start + "/check");
			assertThat(notice.textContent()).contains("Views closed on " + closedOn,
					"contact your case co-ordinator in the " + team);
			assertThat(portal.button("Send").count()).as("nothing to press that cannot work").isZero();
			AxeAudit.check(portal.page(), "views-closed-check");
		}
	}

}
