package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.shell.DisplayFormats;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The parent's journey on a 320 px phone, keyboard only, axe-checked at every step: sign
 * in through the OIDC provider, see both children, open Ellie's case, read where the
 * review is and what is due, see who else can see it, and sign out (also at the
 * provider).
 */
@IntegrationTest
class ParentJourneyBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void a_parent_signs_in_on_a_phone_and_sees_what_is_due_for_their_child() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port);
			portal.open("/");
			AxeAudit.check(portal.page(), "journey-welcome");

			portal.signInWithKeyboard("Jordan Taylor – parent");
			assertThat(portal.heading().textContent()).isEqualTo("Your children");
			assertThat(portal.page().title()).isEqualTo("Your children – Heard");
			AxeAudit.check(portal.page(), "journey-children");

			portal.tabTo(portal.link("Ellie"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("Ellie")).waitFor();
			AxeAudit.check(portal.page(), "journey-case");

			assertThat(portal.heading().textContent()).isEqualTo("Ellie's EHC plan");
			assertThat(portal.text("Greenhill Primary School").first().isVisible()).isTrue();
			assertThat(portal.text("Year 5").isVisible()).isTrue();
			assertThat(portal.text("Specific learning difficulty, Social, emotional and mental health").isVisible())
				.as("the LA's SEN2 codes in plain words")
				.isTrue();
			var today = LocalDate.now(ZoneId.of("Europe/London"));
			LocalDate meeting = today.plusWeeks(4);
			assertThat(
					portal.text("Your views are due by " + DisplayFormats.longDate(meeting.minusWeeks(2))).isVisible())
				.isTrue();
			assertThat(portal
				.text("Review meeting: " + DisplayFormats.longDate(meeting) + " at 10:00am, Greenhill Primary School")
				.isVisible()).isTrue();
			assertThat(portal.page().locator("[aria-current=step]").textContent()).startsWith("Giving views");
			assertThat(portal.text("Casey Morgan, parent or carer").isVisible()).isTrue();
			assertThat(portal.text("Jordan Taylor (you), parent or carer").isVisible()).isTrue();
			assertThat(portal.text("Priya Shah, advocate").isVisible()).isTrue();

			portal.tabTo(portal.button("Sign out"));
			var endSession = portal.page()
				.waitForRequest(request -> request.url().contains("/endsession"),
						() -> portal.page().keyboard().press("Enter"));
			assertThat(endSession.url()).as("sign-out ends the provider's session too")
				.contains("id_token_hint=")
				.contains("post_logout_redirect_uri=");
			portal.page().waitForURL("**/signed-out");
			assertThat(portal.heading().textContent()).isEqualTo("You've been signed out");
			AxeAudit.check(portal.page(), "journey-signed-out");

			portal.open("/children");
			assertThat(portal.url()).doesNotEndWith("/children");
		}
	}

	@Test
	void a_late_review_is_flagged_in_words_not_colour_alone() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			// Riley is past compulsory school age: his first page is what has changed,
			// which can wait
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Riley Taylor – young person, 16",
					"**/handover");
			portal.link("Do this later").click();
			portal.page().waitForURL("**/children");
			portal.link("Riley").click();
			portal.heading().filter(new Locator.FilterOptions().setHasText("Riley")).waitFor();
			assertThat(portal.page().locator(".warning").textContent()).startsWith("Something is late.");
			assertThat(portal.page().locator(".dates .tag").allTextContents()).contains("Late");
			AxeAudit.check(portal.page(), "journey-case-late");
		}
	}

	@Test
	void a_co_ordinator_sees_the_teams_cases_late_ones_first() {
		try (var context = Browsers.context(Browsers.DESKTOP_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Alex Brennan – LA case co-ordinator");
			assertThat(portal.heading().textContent()).isEqualTo("Your team's cases");
			assertThat(portal.page().locator(".case-list__link").allTextContents()).containsExactly("Riley", "Ellie");
			AxeAudit.check(portal.page(), "journey-coordinator");
		}
	}

}
