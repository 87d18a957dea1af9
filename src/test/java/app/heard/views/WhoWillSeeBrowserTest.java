package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.BrowserContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Before sending About Me, at 320 px, the check page tells the child in easy words who
 * will see their views: by name when a helper records with them, about themselves when a
 * young person uses their own login.
 */
@IntegrationTest
class WhoWillSeeBrowserTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@LocalServerPort
	int port;

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void a_child_recording_with_a_parent_is_told_by_name_who_will_see_their_views_before_sending() {
		var kase = CaseFixture.create(importer, signIn, List.of(Member.of("ann", CaseRole.PARENT_CARER)), List.of());
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = signIn(context, kase.subject("ann"));
			portal.open("/children/" + kase.id() + "/views/about-me/check");

			String words = portal.page().locator("#who-sees").textContent();
			assertThat(words).startsWith("Who will see your views, Jo?")
				.contains("only the people helping you write them",
						"the people who look after your plan at the council", "Nobody else.");
			assertThat(portal.page().locator("#who-sees").isVisible()).isTrue();
			AxeAudit.check(portal.page(), "views-check-who-sees-child");
		}
	}

	@Test
	void a_young_person_with_their_own_login_is_told_who_will_see_their_views_before_sending() {
		var kase = CaseFixture.create(importer, signIn, List.of(Member.of("jo", CaseRole.YOUNG_PERSON)), List.of(),
				LocalDate.now().minusYears(17), false);
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = signIn(context, kase.subject("jo"));
			portal.open("/children/" + kase.id() + "/views/about-me/check");

			String words = portal.page().locator("#who-sees").textContent();
			assertThat(words).startsWith("Who will see your views?")
				.contains("Until you send them, only you and anyone helping you write them",
						"the people who look after your plan at the council", "Nobody else.");
			assertThat(portal.page().locator("#who-sees").isVisible()).isTrue();
			AxeAudit.check(portal.page(), "views-check-who-sees-young-person");
		}
	}

	/** Signs in as anyone at the embedded provider, landing wherever they first land. */
	private PortalPage signIn(BrowserContext context, String subject) {
		var portal = new PortalPage(context.newPage(), port).open("/");
		portal.link("Sign in").click();
		portal.page().getByLabel("Or sign in as anyone else").fill(subject);
		portal.button("Sign in").click();
		portal.page().waitForURL(url -> url.endsWith("/children") || url.endsWith("/handover"));
		portal.heading().waitFor();
		return portal;
	}

}
