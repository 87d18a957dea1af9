package app.heard.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Record my voice" beside an answer records in the page, with the microphone (Chromium's
 * fake one, a steady tone, see {@link Browsers}), and the recording is sent, made ready
 * and plays like a chosen file; keyboard only, at 320 px, axe-checked while recording. A
 * browser that refuses the microphone gets words that say what to do, and the chooser is
 * still there.
 */
@IntegrationTest
class RecordMyVoiceBrowserTest {

	/** One no other test adds files to: the demo case is shared by the tests. */
	private static final String QUESTION = "What is working well at home and at school?";

	@LocalServerPort
	int port;

	@Test
	void a_voice_recorded_in_the_page_is_sent_and_plays() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			context.grantPermissions(List.of("microphone"));
			var portal = toQuestion(context.newPage());
			Page page = portal.page();
			AddFilePage.open(portal, AddFilePage.VOICE);
			AxeAudit.check(page, "record-voice");

			portal.tabTo(portal.button("Start recording"));
			page.keyboard().press("Enter");
			PlaywrightAssertions.assertThat(AddFilePage.uploadStatus(portal)).containsText("Recording.");
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.TIMER))
				.hasText(Pattern.compile("0:0[2-9]"), new LocatorAssertions.HasTextOptions().setTimeout(30_000));
			AxeAudit.check(page, "record-voice-recording");
			portal.tabTo(portal.button("Stop recording and send it"));
			page.keyboard().press("Enter");
			PlaywrightAssertions.assertThat(AddFilePage.uploadStatus(portal))
				.hasText(Pattern.compile("voice-recording-\\d{8}\\d{6}\\.(webm|ogg|m4a) is sent\\."),
						new LocatorAssertions.HasTextOptions().setTimeout(60_000));
			assertThat(portal.button("Start recording").isVisible()).as("ready to record another").isTrue();
			AddFilePage.backTo(portal, QUESTION);

			AddFilePage.status(page, "Your recording is ready.");
			var player = page.locator("#attachments li")
				.filter(new Locator.FilterOptions().setHasText("voice-recording-"))
				.locator("audio");
			page.waitForCondition(() -> (Boolean) player.evaluate("a => a.readyState >= 1 && a.duration >= 1.5"),
					new Page.WaitForConditionOptions().setTimeout(30_000));
			AxeAudit.check(page, "record-voice-ready");
		}
	}

	@Test
	void a_refused_microphone_is_explained_and_a_recording_can_still_be_chosen() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			// As a browser does when the person (or a setting) says no to the microphone
			context.addInitScript("navigator.mediaDevices.getUserMedia = () => Promise.reject("
					+ "new DOMException('Permission denied', 'NotAllowedError'));");
			var portal = toQuestion(context.newPage());
			var chooser = AddFilePage.open(portal, AddFilePage.VOICE);

			portal.tabTo(portal.button("Start recording"));
			portal.page().keyboard().press("Enter");
			PlaywrightAssertions.assertThat(AddFilePage.uploadStatus(portal))
				.hasText("We could not use the microphone. You can allow it in your browser's settings and try again,"
						+ " or choose a recording on this phone instead.");
			assertThat(portal.page().getByLabel("Or choose a recording on this phone").isEnabled()).isTrue();
			assertThat(chooser.getAttribute("accept")).isEqualTo("audio/*");
			AxeAudit.check(portal.page(), "record-voice-refused");
		}
	}

	private PortalPage toQuestion(Page page) {
		var portal = new PortalPage(page, port).signInWithKeyboard("Jordan Taylor – parent");
		portal.link("Ellie").click();
		portal.link("Give Ellie's views (About Me)").click();
		portal.link(QUESTION).click();
		page.getByLabel(QUESTION).waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		return portal;
	}

}
