package app.heard.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.media.RejectionReason;
import app.heard.media.TestMedia;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 320 px phone, one file after another in one views section: an iPhone's portrait
 * HEVC .mov with a location, a browser recorder's WebM (VP9/Opus) and a HEIC photo are
 * shown (upright, playing, no location in what is served); a video cut off half way, an
 * HLS playlist named .mp4, a PNG claiming 14000 x 14000 pixels and a web page named .jpg
 * are each refused with their own words, and the caption typed before is still there. The
 * upload's progress is announced; axe-checked while sending, while getting ready, when
 * refused and at the end.
 */
@IntegrationTest
class HostileAndPhoneFilesBrowserTest {

	private static final String QUESTION = "How should people communicate with you?";

	private static final String LONDON = "+51.5074-000.1278/";

	private static final String CAPTION = "Me signing hello";

	@LocalServerPort
	int port;

	@TempDir
	Path media;

	@TempDir
	Path elsewhere;

	@Test
	void phone_files_are_shown_and_hostile_files_are_refused_kindly_without_losing_anything() throws Exception {
		Path mov = portraitHevcWithLocation();
		Path webm = webmFromARecorder();
		Path heic = heicPhoto();
		Path truncated = truncatedMp4();
		Path playlist = Files.writeString(this.media.resolve("holiday.mp4"),
				"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\n" + secretElsewhere()
						+ "\n#EXT-X-ENDLIST\n");
		Path flood = Files.write(this.media.resolve("flood.png"), TestMedia.pngClaiming(14000, 14000));
		Path webPage = Files.writeString(this.media.resolve("my-drawing.jpg"),
				"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", StandardCharsets.UTF_8);

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			Page page = portal.page();
			portal.link("Ellie").click();
			portal.link("Give Ellie's views (About Me)").click();
			portal.link(QUESTION).click();
			page.getByLabel(QUESTION).waitFor();

			// Sending, on a slow connection so that there is time to look
			CDPSession network = context.newCDPSession(page);
			network.send("Network.enable");
			uploadThroughput(network, 16 * 1024);
			var chooser = AddFilePage.open(portal, AddFilePage.VIDEO);
			page.evaluate(
					"() => { window.said = []; const status = document.querySelector('heard-upload [role=status]');"
							+ " new MutationObserver(() => window.said.push(status.textContent))"
							+ ".observe(status, { childList: true, characterData: true, subtree: true }); }");
			chooser.setInputFiles(mov);
			var progress = page.locator("heard-upload progress");
			progress.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
			PlaywrightAssertions.assertThat(AddFilePage.uploadStatus(portal))
				.containsText("Sending IMG_0044.MOV", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			AxeAudit.check(page, "attachments-hostile-sending");
			uploadThroughput(network, -1);
			AddFilePage.waitUntilSent(portal, mov);
			@SuppressWarnings("unchecked")
			List<String> said = (List<String>) page.evaluate("() => window.said");
			assertThat(said).as("the screen reader hears it being sent, then sent")
				.anyMatch(words -> words.matches("Sending IMG_0044\\.MOV: \\d+% sent\\."))
				.last()
				.isEqualTo("IMG_0044.MOV is sent.");
			AddFilePage.backTo(portal, QUESTION);

			// Getting ready, then playing upright with no location
			var movItem = item(page, "IMG_0044.MOV");
			PlaywrightAssertions.assertThat(movItem)
				.containsText("Getting your file ready",
						new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			AxeAudit.check(page, "attachments-hostile-getting-ready");
			var movPlayer = movItem.locator("video");
			movPlayer.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
			plays(page, movPlayer);
			assertThat((Boolean) movPlayer.evaluate("v => v.videoWidth < v.videoHeight")).as("portrait stays portrait")
				.isTrue();
			Path served = this.media.resolve("served.mp4");
			Files.write(served, context.request().get((String) movPlayer.evaluate("v => v.currentSrc")).body());
			String probed = TestMedia.probe(served);
			assertThat(probed).as("ffprobe of what is served").doesNotContain("ISO6709", "+51.5074", "iPhone");
			assertThat(probed.lines().filter(line -> line.contains(".tags."))).as("ffprobe's tags of what is served")
				.noneMatch(tag -> tag.matches("(?i).*(location|gps|make|model).*"));
			assertThat(TestMedia.metadataTags(served)).as("exiftool of what is served")
				.noneMatch(tag -> tag.matches("(?i).*(gps|location|iso6709|iphone|51\\.5074).*"));

			AddFilePage.add(portal, QUESTION, webm);
			var webmPlayer = item(page, "clip.webm").locator("video");
			webmPlayer.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
			plays(page, webmPlayer);

			AddFilePage.add(portal, QUESTION, heic);
			var photo = item(page, "IMG_5678.HEIC").locator("img");
			photo.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
			page.waitForCondition(() -> (Boolean) photo.evaluate("img => img.complete && img.naturalWidth > 0"),
					new Page.WaitForConditionOptions().setTimeout(30_000));
			AddFilePage.status(page, "Your photo is ready.");
			var caption = item(page, "IMG_5678.HEIC").getByLabel("Caption (optional)");
			portal.tabTo(caption);
			page.keyboard().type(CAPTION);
			page.keyboard().press("Tab");
			PlaywrightAssertions.assertThat(item(page, "IMG_5678.HEIC")).containsText("Caption saved");

			refused(portal, truncated, RejectionReason.DAMAGED_VIDEO.englishMessage());
			AxeAudit.check(page, "attachments-hostile-refused");
			refused(portal, playlist, RejectionReason.NOT_A_SUPPORTED_TYPE.englishMessage());
			refused(portal, flood, RejectionReason.IMAGE_TOO_LARGE.englishMessage(100));
			refused(portal, webPage, RejectionReason.NOT_A_SUPPORTED_TYPE.englishMessage());

			assertThat(page.locator("#attachments li.attachment").count()).isEqualTo(7);
			assertThat(page.locator("#attachments .error-message").count()).as("only the four refused").isEqualTo(4);
			assertThat(page.locator("#attachments video").count()).isEqualTo(2);
			AxeAudit.check(page, "attachments-hostile-all");
		}
	}

	/**
	 * Adds a file that cannot be used: its own words on its item, and everything added
	 * before is still there with its caption. Not asserted: that the panel's live region
	 * says the words. It does only when the refusal comes while the question page is on
	 * screen; a file refused before the page is back (the playlist) is shown but not
	 * announced.
	 */
	private static void refused(PortalPage portal, Path file, String words) {
		AddFilePage.add(portal, QUESTION, file);
		Page page = portal.page();
		PlaywrightAssertions.assertThat(item(page, file.getFileName().toString()).locator(".error-message"))
			.hasText(words, new LocatorAssertions.HasTextOptions().setTimeout(120_000));
		assertThat(item(page, "IMG_5678.HEIC").getByLabel("Caption (optional)").inputValue()).as("caption kept")
			.isEqualTo(CAPTION);
		assertThat(page.locator("#attachments video").count()).as("videos kept").isEqualTo(2);
		assertThat(page.locator("#attachments img").count()).as("photo kept").isEqualTo(1);
	}

	private static Locator item(Page page, String filename) {
		return page.locator("#attachments li.attachment")
			.filter(new Locator.FilterOptions()
				.setHas(page.getByText(filename, new Page.GetByTextOptions().setExact(true))));
	}

	/**
	 * Its picture is known and it plays (started from script, as Chromium's own controls
	 * are out of reach).
	 */
	private static void plays(Page page, Locator player) {
		page.waitForCondition(() -> (Boolean) player.evaluate("v => v.readyState >= 1 && v.videoWidth > 0"),
				new Page.WaitForConditionOptions().setTimeout(30_000));
		player.evaluate("v => { v.muted = true; return v.play(); }");
		page.waitForCondition(() -> (Boolean) player.evaluate("v => v.currentTime > 0"),
				new Page.WaitForConditionOptions().setTimeout(30_000));
		player.evaluate("v => v.pause()");
	}

	/** Chromium's network emulation: bytes a second up, or -1 for no limit. */
	private static void uploadThroughput(CDPSession network, int bytesPerSecond) {
		var conditions = new JsonObject();
		conditions.addProperty("offline", false);
		conditions.addProperty("latency", 40);
		conditions.addProperty("downloadThroughput", -1);
		conditions.addProperty("uploadThroughput", bytesPerSecond);
		network.send("Network.emulateNetworkConditions", conditions);
	}

	/**
	 * An iPhone's portrait clip: HEVC stored landscape with a 90° display matrix, and
	 * where it was filmed.
	 */
	private Path portraitHevcWithLocation() {
		TestMedia.ffmpeg(this.media, "-f", "lavfi", "-i", "testsrc2=s=640x360:r=15:d=2", "-f", "lavfi", "-i",
				"sine=f=440:d=2", "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error",
				"-tag:v", "hvc1", "-c:a", "aac", "-shortest", "landscape.mov");
		TestMedia.ffmpeg(this.media, "-display_rotation:v:0", "90", "-i", "landscape.mov", "-c", "copy", "-movflags",
				"use_metadata_tags", "-metadata", "location=" + LONDON, "-metadata",
				"com.apple.quicktime.location.ISO6709=" + LONDON, "-metadata", "make=Apple", "-metadata",
				"model=iPhone 15", "IMG_0044.MOV");
		Path mov = this.media.resolve("IMG_0044.MOV");
		assertThat(TestMedia.probe(mov)).contains("codec_name=\"hevc\"", "rotation=90", "ISO6709", LONDON);
		return mov;
	}

	private Path webmFromARecorder() {
		TestMedia.ffmpeg(this.media, "-f", "lavfi", "-i", "testsrc2=s=640x360:r=15:d=2", "-f", "lavfi", "-i",
				"sine=f=300:d=2", "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k",
				"-c:a", "libopus", "-shortest", "-f", "webm", "clip.webm");
		return this.media.resolve("clip.webm");
	}

	private Path heicPhoto() {
		TestMedia.ffmpeg(this.media, "-f", "lavfi", "-i", "testsrc2=s=640x480", "-frames:v", "1", "source.png");
		Path heic = this.media.resolve("IMG_5678.HEIC");
		TestMedia.heifEnc(this.media.resolve("source.png"), heic);
		return heic;
	}

	/** A video whose sending stopped half way: its index (at the end) never came. */
	private Path truncatedMp4() throws Exception {
		TestMedia.ffmpeg(this.media, "-f", "lavfi", "-i", "testsrc2=s=320x240:r=15:d=2", "-c:v", "libx264", "-f", "mp4",
				"whole.mp4");
		byte[] whole = Files.readAllBytes(this.media.resolve("whole.mp4"));
		return Files.write(this.media.resolve("swimming.mp4"), Arrays.copyOf(whole, whole.length / 2));
	}

	/** A good video outside the upload, that a playlist could point FFmpeg at. */
	private Path secretElsewhere() {
		TestMedia.ffmpeg(this.elsewhere, "-f", "lavfi", "-i", "testsrc2=s=320x240:r=15:d=1", "-c:v", "libx264", "-f",
				"mpegts", "secret.ts");
		return this.elsewhere.resolve("secret.ts");
	}

}
