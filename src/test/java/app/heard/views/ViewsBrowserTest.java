package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Giving views on a 320 px phone with the keyboard only, axe-checked at every step; and a
 * draft that survives the connection dropping mid-sentence.
 */
@IntegrationTest
class ViewsBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void a_parent_answers_checks_and_sends_their_views_by_keyboard() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Casey Morgan – parent (separated)");
			portal.tabTo(portal.link("Ellie"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("Ellie")).waitFor();
			portal.tabTo(portal.link("Give your views as a parent or carer"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("Your views")).waitFor();
			AxeAudit.check(portal.page(), "views-start");

			portal.tabTo(portal.link("Important things to know about your family history"));
			portal.page().keyboard().press("Enter");
			var answer = portal.page().getByLabel("Important things to know about your family history");
			answer.waitFor();
			AxeAudit.check(portal.page(), "views-question");
			portal.tabTo(answer);
			portal.page().keyboard().type("We moved house last year.\nEllie has a baby brother.");
			portal.page()
				.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Saved at"))
				.waitFor();
			AxeAudit.check(portal.page(), "views-question-saved");

			portal.saveAndContinue(5);
			var notSure = portal.page().getByLabel("Not sure");
			notSure.waitFor();
			assertThat(portal.heading().textContent())
				.isEqualTo("Do you feel your child is making progress towards the outcomes in the plan?");
			AxeAudit.check(portal.page(), "views-picture-scale");
			portal.tabTo(portal.page().getByLabel("Yes, going well"));
			portal.page().keyboard().press("Space");
			portal.page().keyboard().press("ArrowDown");
			assertThat(notSure.isChecked()).isTrue();
			// Ellie's plan has two outcomes, each a page of its own, before the last two
			// questions
			portal.saveAndContinue(5);
			portal.page().waitForURL("**/check");
			assertThat(portal.text("Not sure").isVisible()).isTrue();
			assertThat(portal.heading().textContent()).isEqualTo("Check your answers before sending");
			assertThat(portal.page().locator(".answer-text").first().textContent())
				.isEqualTo("We moved house last year.\nEllie has a baby brother.");
			AxeAudit.check(portal.page(), "views-check");

			portal.tabTo(portal.button("Send"));
			portal.page().keyboard().press("Enter");
			portal.page().waitForURL("**/sent");
			assertThat(portal.heading().textContent()).isEqualTo("Your views have been sent");
			assertThat(portal.text("Recorded by Casey Morgan (parent or carer)").isVisible()).isTrue();
			AxeAudit.check(portal.page(), "views-sent");
		}
	}

	@Test
	void a_draft_typed_while_the_connection_drops_is_saved_when_it_returns() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give Ellie's views (About Me)").click();
			portal.link("What are your hopes and dreams for the future?").click();
			var answer = portal.page().getByLabel("What are your hopes and dreams for the future?");
			assertThat(portal.text("You are writing this with Ellie. Write what they tell you, in their words.")
				.isVisible()).as("a parent recording the child's views is told so, in words").isTrue();
			answer.fill("");
			answer.pressSequentially("I want to be a vet");
			portal.page()
				.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Saved at"))
				.waitFor();
			String address = portal.url();

			context.setOffline(true);
			answer.pressSequentially(" and have a horse");
			portal.page().waitForTimeout(2500);
			context.setOffline(false);

			String saved = "";
			for (int attempt = 0; attempt < 20 && !saved.equals("I want to be a vet and have a horse"); attempt++) {
				portal.page().waitForTimeout(1000);
				Page check = context.newPage();
				check.navigate(address);
				var reopened = check.getByLabel("What are your hopes and dreams for the future?");
				reopened.waitFor();
				saved = reopened.inputValue();
				check.close();
			}
			assertThat(saved).isEqualTo("I want to be a vet and have a horse");
		}
	}

	@Test
	void an_over_long_answer_gets_an_error_summary_and_keeps_every_character() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give your views as a parent or carer").click();
			portal.link("Anything else you think is important").click();
			var answer = portal.page().getByLabel("Anything else you think is important");
			String tooLong = "a".repeat(Question.MAX_LENGTH + 1);
			answer.fill(tooLong);
			portal.button("Save and continue").click();

			var summary = portal.page().getByRole(com.microsoft.playwright.options.AriaRole.ALERT);
			summary.waitFor();
			assertThat(summary.textContent()).contains("There is a problem", "50,001 characters long");
			assertThat((Boolean) summary.evaluate("s => s === document.activeElement")).isTrue();
			assertThat(portal.page().title()).startsWith("Error: ");
			assertThat(answer.inputValue()).hasSize(Question.MAX_LENGTH + 1);
			assertThat(portal.url()).endsWith("/other-from-us");
			AxeAudit.check(portal.page(), "views-question-error");
		}
	}

}
