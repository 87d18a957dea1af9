package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Listen reads the question and its example aloud, in British English, with the browser's
 * own speech synthesis. Headless Chromium has no voices, so the page is given a speech
 * synthesis that writes down what it is asked to say: what the test checks is what the
 * page asks the phone to speak.
 */
@IntegrationTest
class ReadAloudBrowserTest {

	private static final String RECORDING_SPEECH = """
			window.spoken = [];
			Object.defineProperty(window, 'speechSynthesis', { value: {
			  cancel() {},
			  speak(words) { window.spoken.push(words.lang + '|' + words.text); }
			}});
			window.SpeechSynthesisUtterance = function (text) { this.text = text; };
			""";

	@LocalServerPort
	int port;

	@Test
	void listen_asks_the_phone_to_say_the_question_and_its_example_in_british_english() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			context.addInitScript(RECORDING_SPEECH);
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.tabTo(portal.link("Ellie"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("Ellie")).waitFor();
			portal.tabTo(portal.link("Give Ellie's views (About Me)"));
			portal.page().keyboard().press("Enter");
			portal.tabTo(portal.link("What do you enjoy doing?"));
			portal.page().keyboard().press("Enter");
			portal.page().getByLabel("What do you enjoy doing?").waitFor();

			portal.tabTo(portal.button("Listen"));
			portal.page().keyboard().press("Enter");
			portal.page().waitForCondition(() -> !spoken(portal).isEmpty());
			assertThat(spoken(portal)).containsExactly(
					"en-GB|What do you enjoy doing? For example: drawing, swimming, playing with my brother.");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> spoken(PortalPage portal) {
		return (List<String>) portal.page().evaluate("window.spoken");
	}

}
