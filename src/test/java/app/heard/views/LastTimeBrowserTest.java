package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Views carry forward: beside the question, what the child said at last year's review
 * (the demo brings it in as an LA moving from another product would), copied into this
 * year's answer with the keyboard, edited, and saved.
 */
@IntegrationTest
class LastTimeBrowserTest {

	private static final String QUESTION = "What would you like to change at home and at school?";

	private static final String LAST_YEAR = "I want to sit nearer the front so I can see the board.";

	@LocalServerPort
	int port;

	@Test
	void last_years_answer_is_shown_and_can_be_copied_in_and_edited_by_keyboard() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give Ellie's views (About Me)").click();
			portal.link(QUESTION).click();
			var answer = portal.page().getByLabel(QUESTION);
			answer.waitFor();
			var lastTime = portal.page().locator(".inset").filter(new Locator.FilterOptions().setHasText("Last time"));
			assertThat(lastTime.textContent()).contains(LAST_YEAR);
			assertThat(answer.inputValue()).as("nothing is copied until the child chooses to").isEmpty();
			AxeAudit.check(portal.page(), "views-question-last-time");

			portal.tabTo(portal.button("Copy into my answer"));
			portal.page().keyboard().press("Enter");
			portal.page().waitForCondition(() -> answer.inputValue().equals(LAST_YEAR));
			assertThat((Boolean) answer.evaluate("box => box === document.activeElement"))
				.as("the box has focus, ready to edit")
				.isTrue();
			portal.page().keyboard().press("End");
			portal.page().keyboard().type(" And I would like a reading pen.");
			portal.page()
				.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Saved at"))
				.waitFor();

			var reopened = new PortalPage(context.newPage(), port).open("/children");
			reopened.link("Ellie").click();
			reopened.link("Give Ellie's views (About Me)").click();
			reopened.link(QUESTION).click();
			assertThat(reopened.page().getByLabel(QUESTION).inputValue())
				.isEqualTo(LAST_YEAR + " And I would like a reading pen.");
		}
	}

}
