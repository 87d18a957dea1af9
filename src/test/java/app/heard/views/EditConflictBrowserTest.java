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
 * Two parents writing the same About Me answer on two phones: the later save is told,
 * sees both versions, and chooses; nothing is overwritten silently.
 */
@IntegrationTest
class EditConflictBrowserTest {

	private static final String QUESTION = "What else is important to know about you?";

	@LocalServerPort
	int port;

	@Test
	void the_later_of_two_parents_editing_one_answer_sees_both_versions_and_keeps_theirs() {
		try (var first = Browsers.context(Browsers.PHONE_WIDTH); var second = Browsers.context(Browsers.PHONE_WIDTH)) {
			var jordan = openQuestion(
					new PortalPage(first.newPage(), port).signInWithKeyboard("Jordan Taylor – parent"));
			var casey = openQuestion(
					new PortalPage(second.newPage(), port).signInWithKeyboard("Casey Morgan – parent (separated)"));

			jordan.page().getByLabel(QUESTION).pressSequentially("The hand dryers at school scare me");
			saved(jordan);
			casey.page().getByLabel(QUESTION).pressSequentially("Bright lights hurt my eyes");
			casey.text("Someone else changed this answer while you were writing").first().waitFor();
			assertThat(casey.text("The hand dryers at school scare me").isVisible()).as("their version is shown")
				.isTrue();
			assertThat(casey.page().getByLabel(QUESTION).inputValue()).as("my text stays in the box")
				.isEqualTo("Bright lights hurt my eyes");
			AxeAudit.check(casey.page(), "views-edit-conflict");

			casey.tabTo(casey.button("Keep my version"));
			casey.page().keyboard().press("Enter");
			saved(casey);
			jordan.page().reload();
			var reopened = jordan.page().getByLabel(QUESTION);
			reopened.waitFor();
			assertThat(reopened.inputValue()).isEqualTo("Bright lights hurt my eyes");
		}
	}

	private static PortalPage openQuestion(PortalPage portal) {
		portal.link("Ellie").click();
		portal.link("Give Ellie's views (About Me)").click();
		portal.link(QUESTION).click();
		portal.page().getByLabel(QUESTION).waitFor();
		return portal;
	}

	private static void saved(PortalPage portal) {
		portal.page().getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Saved at")).waitFor();
	}

}
