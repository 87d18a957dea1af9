package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.ServerSessions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A phone left asleep past the idle timeout: the server has ended the session, and the
 * person, not knowing, types on. What they typed after the last save comes back when they
 * sign in again in the same tab, and is saved.
 */
@IntegrationTest
class KeptWordsBrowserTest {

	private static final String QUESTION = "What is not working well, and what would you like to change?";

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext server;

	@Test
	void words_typed_after_the_session_ended_are_kept_in_the_tab_and_saved_after_signing_in_again() throws Exception {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give your views as a parent or carer").click();
			portal.link(QUESTION).click();
			var answer = portal.page().getByLabel(QUESTION);
			answer.fill("Mornings are hard");
			savedStatus(portal).waitFor();

			ServerSessions.expire(server, context);
			answer.pressSequentially(" because the bus is late");

			portal.page().waitForURL("**/signed-out");
			assertThat(portal.heading().textContent()).isEqualTo("You've been signed out");
			var kept = portal.page().locator("#kept-words");
			kept.waitFor();
			assertThat(kept.textContent()).contains("Some words you typed had not been saved yet",
					"sign in again here to save them");
			AxeAudit.check(portal.page(), "signed-out-with-kept-words");

			portal.link("Sign in again").click();
			portal.button("Jordan Taylor – parent").click();
			portal.page().waitForURL("**/children");
			kept.waitFor();
			AxeAudit.check(portal.page(), "children-with-kept-words");
			portal.link("Go back to them and save them").click();

			answer.waitFor();
			portal.page()
				.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("We kept what you typed before you were signed out"))
				.waitFor();
			assertThat(answer.inputValue()).isEqualTo("Mornings are hard because the bus is late");
			assertThat(kept.isVisible()).as("the page the words belong to does not point to itself").isFalse();

			var reopened = new PortalPage(context.newPage(), port).open("/children");
			assertThat(reopened.page().locator("#kept-words").isVisible())
				.as("once saved, the words are no longer kept in the tab")
				.isFalse();
			reopened.link("Ellie").click();
			reopened.link("Give your views as a parent or carer").click();
			reopened.link(QUESTION).click();
			assertThat(reopened.page().getByLabel(QUESTION).inputValue())
				.isEqualTo("Mornings are hard because the bus is late");
		}
	}

	private static Locator savedStatus(PortalPage portal) {
		return portal.page().getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Saved at"));
	}

}
