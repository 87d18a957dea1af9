package app.heard.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.media.TestMedia;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 320 px phone: a parent adds a voice note recorded as Ogg/Opus (as Android's and
 * Firefox's recorders make them) to Ellie's About Me; it becomes a recording that plays
 * in the page, never by itself, and can be sought; axe-checked while it plays.
 */
@IntegrationTest
class VoiceNoteBrowserTest {

	private static final String QUESTION = "What is important to know about your past?";

	@LocalServerPort
	int port;

	@TempDir
	Path media;

	@Test
	void a_voice_note_added_to_a_views_section_plays_in_the_page() throws Exception {
		TestMedia.ffmpeg(media, "-f", "lavfi", "-i", "sine=f=440:d=3", "-c:a", "libopus", "-f", "ogg",
				"voice-note.ogg");
		Path note = media.resolve("voice-note.ogg");

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give Ellie's views (About Me)").click();
			portal.link(QUESTION).click();
			portal.page().getByLabel(QUESTION).waitFor();

			portal.tabTo(portal.link("Record my voice"));
			portal.page().keyboard().press("Enter");
			// A recording made with the phone's own recorder app, chosen below the page's
			// recorder
			var chooser = portal.page().getByLabel("Or choose a recording on this phone");
			chooser.waitFor();
			chooser.setInputFiles(note);
			PlaywrightAssertions.assertThat(portal.page().locator("heard-upload").getByRole(AriaRole.STATUS))
				.containsText("voice-note.ogg is sent.",
						new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			portal.tabTo(portal.link("Back to the question"));
			portal.page().keyboard().press("Enter");
			portal.page().getByLabel(QUESTION).waitFor();

			var player = portal.page()
				.locator("#attachments li")
				.filter(new Locator.FilterOptions().setHasText("voice-note.ogg"))
				.locator("audio");
			player.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
			PlaywrightAssertions.assertThat(portal.page().locator("#attachments > [role=status]"))
				.containsText("Your recording is ready.",
						new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
			assertThat(player.getAttribute("controls")).as("the family's own controls").isNotNull();
			assertThat(player.getAttribute("autoplay")).as("never plays by itself").isNull();
			portal.page()
				.waitForCondition(() -> (Boolean) player.evaluate("a => a.readyState >= 1 && a.duration > 2"),
						new Page.WaitForConditionOptions().setTimeout(30_000));

			String source = (String) player.evaluate("a => a.currentSrc");
			var whole = context.request().get(source);
			assertThat(whole.status()).isEqualTo(200);
			assertThat(whole.headers().get("content-type")).isEqualTo("audio/mp4");
			var seek = context.request().get(source, RequestOptions.create().setHeader("Range", "bytes=100-199"));
			assertThat(seek.status()).as("a phone can seek").isEqualTo(206);

			// Started from script: the play button is inside Chromium's own shadow UI,
			// which locators cannot reach; what matters here is that the served file
			// plays
			player.evaluate("a => a.play()");
			portal.page()
				.waitForCondition(() -> (Boolean) player.evaluate("a => !a.paused && a.currentTime > 0"),
						new Page.WaitForConditionOptions().setTimeout(30_000));
			AxeAudit.check(portal.page(), "attachments-voice-note");
		}
	}

}
