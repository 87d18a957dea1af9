package app.heard.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.media.TestMedia;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 320 px phone, by keyboard: a parent adds a sideways photo with a location and a
 * portrait phone video to Ellie's About Me; each shows upright, the video plays inline
 * with its poster, a caption is saved; a web page named .jpg gets the kind words and is
 * removed; axe-checked in every state.
 */
@IntegrationTest
class AttachmentsBrowserTest {

	private static final String QUESTION = "What is important to you?";

	private static final String LONDON = "+51.5074-000.1278/";

	@LocalServerPort
	int port;

	@TempDir
	Path media;

	@Test
	void photos_and_videos_show_upright_and_play_and_a_file_we_cannot_use_is_explained() throws Exception {
		Path photo = TestMedia.sidewaysPhotoWithLocation(media.resolve("IMG_0042.jpg"));
		Path video = portraitPhoneVideoWithLocation();
		Path disguised = media.resolve("drawing.jpg");
		Files.writeString(disguised, "<!DOCTYPE html><html><body>not a picture</body></html>", StandardCharsets.UTF_8);

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give Ellie's views (About Me)").click();
			portal.link(QUESTION).click();
			portal.page().getByLabel(QUESTION).waitFor();
			assertThat(portal.text("each up to 2 GB, and up to 20 GB for this child in all").isVisible())
				.as("limits are said before adding")
				.isTrue();
			AxeAudit.check(portal.page(), "attachments-none");

			AddFilePage.add(portal, QUESTION, photo);
			var shown = portal.page().locator("#attachments img");
			shown.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
			portal.page()
				.waitForCondition(() -> (Boolean) shown.evaluate("img => img.complete && img.naturalWidth > 0"));
			assertThat((Boolean) shown.evaluate("img => img.naturalHeight > img.naturalWidth"))
				.as("taken sideways, shown upright")
				.isTrue();
			AddFilePage.status(portal.page(), "Your photo is ready.");
			AxeAudit.check(portal.page(), "attachments-photo");

			assertThat(shown.getAttribute("alt")).as("uncaptioned, still more than 'photo'")
				.isEqualTo("Photo added by Jordan Taylor, with no caption yet");
			var caption = portal.page().getByLabel("Caption (optional)");
			portal.tabTo(caption);
			portal.page().keyboard().type("Me and my dog Biscuit");
			portal.page().keyboard().press("Tab");
			portal.text("Caption saved").waitFor();
			PlaywrightAssertions.assertThat(shown).hasAttribute("alt", "Me and my dog Biscuit");

			AddFilePage.add(portal, QUESTION, video);
			var player = portal.page().locator("#attachments video");
			player.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
			portal.page()
				.waitForCondition(() -> (Boolean) player.evaluate("v => v.readyState >= 1 && v.videoWidth > 0"),
						new Page.WaitForConditionOptions().setTimeout(30_000));
			assertThat((Boolean) player.evaluate("v => v.videoHeight > v.videoWidth")).as("portrait stays portrait")
				.isTrue();
			String source = (String) player.evaluate("v => v.currentSrc");
			var seek = context.request()
				.get(source,
						com.microsoft.playwright.options.RequestOptions.create().setHeader("Range", "bytes=100-199"));
			assertThat(seek.status()).as("a phone can seek").isEqualTo(206);
			var served = media.resolve("served.mp4");
			Files.write(served, context.request().get(source).body());
			assertThat(TestMedia.probe(served)).doesNotContain("tags.location", "ISO6709", "iPhone");
			AxeAudit.check(portal.page(), "attachments-video");

			AddFilePage.add(portal, QUESTION, disguised);
			var refused = portal.page()
				.locator("#attachments .error-message")
				.filter(new Locator.FilterOptions().setHasText("We can't use this kind of file"));
			refused.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
			AxeAudit.check(portal.page(), "attachments-refused");
			portal.tabTo(portal.button("Remove file"));
			portal.page().keyboard().press("Enter");
			AddFilePage.status(portal.page(), "The file has been removed.");
			assertThat(refused.count()).isZero();
			assertThat(portal.page().locator("#attachments img").count()).as("the photo is still there").isEqualTo(1);
			assertThat(portal.page().getByLabel("Caption (optional)").first().inputValue())
				.isEqualTo("Me and my dog Biscuit");
		}
	}

	/**
	 * Stored landscape with a 90° display matrix, as phones do, and where it was filmed.
	 */
	private Path portraitPhoneVideoWithLocation() {
		TestMedia.ffmpeg(media, "-f", "lavfi", "-i", "testsrc2=s=640x360:r=15:d=2", "-f", "lavfi", "-i",
				"sine=f=440:d=2", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest",
				"landscape.mov");
		TestMedia.ffmpeg(media, "-display_rotation:v:0", "90", "-i", "landscape.mov", "-c", "copy", "-movflags",
				"use_metadata_tags", "-metadata", "location=" + LONDON, "-metadata",
				"com.apple.quicktime.location.ISO6709=" + LONDON, "-metadata", "model=iPhone 15", "IMG_0043.MOV");
		assertThat(TestMedia.probe(media.resolve("IMG_0043.MOV"))).contains("ISO6709");
		return media.resolve("IMG_0043.MOV");
	}

}
