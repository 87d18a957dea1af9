package app.heard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.ServerSessions;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sam Okafor adds a video to Ellie's About Me on a slow phone connection (4 MiB/s) that
 * drops, then reloads the page in the middle of a request: choosing the same file again
 * carries on from what the server has (part of the interrupted request included), and the
 * file arrives whole.
 */
@IntegrationTest
class UploadBrowserTest {

	private static final Pattern SENT_BEFORE = Pattern.compile("(\\d+)% was sent before");

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	Uploads uploads;

	@Autowired
	WebServerApplicationContext server;

	@Autowired
	ConfigurableApplicationContext application;

	private ArrivedFiles arrived;

	@BeforeEach
	void listenForArrivals() {
		arrived = new ArrivedFiles(uploads);
		application.addApplicationListener(arrived.listener());
	}

	@AfterEach
	void stopListening() {
		application.removeApplicationListener(arrived.listener());
	}

	@Test
	void a_video_survives_a_dropped_connection_and_a_reload_and_arrives_whole() throws Exception {
		CaseId ellie = DemoCaseIds.of("Ellie", cases, signIn);
		signIn.signOut();
		Path video = Files.createTempFile("ellie-swimming", ".mp4");
		byte[] bytes = new byte[30 * 1024 * 1024];
		new Random(7).nextBytes(bytes);
		Files.write(video, bytes);
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Sam Okafor – DiAS worker");
			Page page = portal.page();
			var network = PhoneNetwork.on(context, page);

			String address = "/children/" + ellie + "/views/about-me/enjoy-doing/add-file";
			portal.open(address);
			assertThat(portal.heading().textContent()).isEqualTo("Add a photo, video, voice recording or scan");
			assertThat(page.title()).isEqualTo("Add a photo, video, voice recording or scan – Heard");
			AxeAudit.check(page, "add-file");

			page.getByLabel("Choose a file").setInputFiles(video);
			sentAtLeast(page, 25);
			status(page, "Sending " + video.getFileName());

			// Through the same session as the throttling, which would otherwise win
			network.offline(true);
			status(page, "You are offline");
			network.offline(false);
			sentAtLeast(page, 62);

			page.reload();
			portal.heading().waitFor();
			page.evaluate("document.querySelector('heard-upload').addEventListener('upload-complete',"
					+ " event => window.completed = event.detail)");
			page.getByLabel("Choose a file").setInputFiles(video);
			var carryingOn = status(page, "Carrying on with " + video.getFileName());
			Matcher before = SENT_BEFORE.matcher(carryingOn.textContent());
			assertThat(before.find()).isTrue();
			assertThat(Integer.parseInt(before.group(1))).isGreaterThanOrEqualTo(50);

			status(page, video.getFileName() + " is sent.");
			AxeAudit.check(page, "add-file-sent");
			String id = (String) page.evaluate("window.completed.uploadId");
			assertThat(arrived.bytes(UploadId.parse(id).orElseThrow())).isEqualTo(bytes);
			assertThat(arrived.displayFilename(UploadId.parse(id).orElseThrow()))
				.hasValue(video.getFileName().toString());
			assertThat((Boolean) page.evaluate("Object.keys(localStorage).some(key => key.startsWith('tus::'))"))
				.as("the stored address goes once the upload is done")
				.isFalse();
		}
		finally {
			Files.deleteIfExists(video);
		}
	}

	@Test
	void when_the_session_ends_mid_upload_signing_in_again_and_choosing_the_file_carries_on() throws Exception {
		CaseId ellie = DemoCaseIds.of("Ellie", cases, signIn);
		signIn.signOut();
		Path drawing = Files.createTempFile("ellie-drawing", ".pdf");
		byte[] bytes = new byte[24 * 1024 * 1024];
		new Random(11).nextBytes(bytes);
		Files.write(drawing, bytes);
		String address = "/children/" + ellie + "/views/about-me/my-hopes/add-file";
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Sam Okafor – DiAS worker");
			Page page = portal.page();
			PhoneNetwork.on(context, page);
			portal.open(address);
			page.getByLabel("Choose a file").setInputFiles(drawing);
			sentAtLeast(page, 10);

			ServerSessions.expire(server, context);
			status(page, "You have been signed out");

			portal.signInWithKeyboard("Sam Okafor – DiAS worker");
			portal.open(address);
			page.getByLabel("Choose a file").setInputFiles(drawing);
			Matcher before = SENT_BEFORE
				.matcher(status(page, "Carrying on with " + drawing.getFileName()).textContent());
			assertThat(before.find()).isTrue();
			assertThat(Integer.parseInt(before.group(1))).isGreaterThanOrEqualTo(10);
			status(page, drawing.getFileName() + " is sent.");
			String id = (String) page.evaluate("document.querySelector('heard-upload').dataset.uploadId");
			assertThat(arrived.bytes(UploadId.parse(id).orElseThrow())).isEqualTo(bytes);
		}
		finally {
			Files.deleteIfExists(drawing);
		}
	}

	private static void sentAtLeast(Page page, int percent) {
		page.waitForFunction("percent => document.querySelector('heard-upload progress').value >= percent", percent,
				new Page.WaitForFunctionOptions().setTimeout(60_000));
	}

	/**
	 * Waits for the status to say this, and says what it said instead if it never does.
	 */
	private static Locator status(Page page, String text) {
		var status = page.locator("heard-upload").getByRole(AriaRole.STATUS);
		PlaywrightAssertions.assertThat(status)
			.containsText(text, new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		return status;
	}

	/**
	 * A phone's connection, through Chromium's DevTools: 4 MiB a second up, 40 ms away.
	 * Going offline goes through the same session, which would otherwise win over it.
	 */
	private record PhoneNetwork(CDPSession session) {

		static PhoneNetwork on(BrowserContext context, Page page) {
			var network = new PhoneNetwork(context.newCDPSession(page));
			network.session().send("Network.enable");
			network.offline(false);
			return network;
		}

		void offline(boolean offline) {
			var conditions = new JsonObject();
			conditions.addProperty("offline", offline);
			conditions.addProperty("latency", 40);
			conditions.addProperty("downloadThroughput", -1);
			conditions.addProperty("uploadThroughput", 4 * 1024 * 1024);
			session.send("Network.emulateNetworkConditions", conditions);
		}

	}

}
