package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Browsers;
import app.heard.HeardApplication;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server restarts while a parent is mid-sentence (a deployment, a crash), between
 * typing and sending. The portal runs here as it does from the README: its own PostgreSQL
 * keeping data in a folder, the same ports after the restart. What was saved is in the
 * database; what was typed while the server was down is kept in the tab and saved after
 * signing in again.
 */
class DraftSurvivesRestartBrowserTest {

	private static final String QUESTION = "Your hopes and aspirations for your child's future";

	@TempDir
	Path data;

	@Test
	void a_draft_and_the_words_typed_while_the_server_was_down_survive_a_restart() throws IOException {
		int port = freePort();
		int identityProviderPort = freePort();
		var first = start(port, identityProviderPort);
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give your views as a parent or carer").click();
			portal.link(QUESTION).click();
			var answer = portal.page().getByLabel(QUESTION);
			answer.fill("She wants to be a vet");
			portal.page()
				.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Saved at"))
				.waitFor();

			first.close();
			answer.pressSequentially(" and to ride horses");
			try (var second = start(port, identityProviderPort)) {
				// Vaadin keeps retrying; the new server knows no session and says so
				portal.page().waitForURL("**/signed-out", new Page.WaitForURLOptions().setTimeout(120_000));
				portal.link("Sign in again").click();
				portal.button("Jordan Taylor – parent").click();
				portal.link("Go back to them and save them").click();
				portal.page()
					.getByRole(AriaRole.STATUS)
					.filter(new Locator.FilterOptions().setHasText("We kept what you typed"))
					.waitFor();

				var reopened = new PortalPage(context.newPage(), port).open("/children");
				reopened.link("Ellie").click();
				reopened.link("Give your views as a parent or carer").click();
				reopened.link(QUESTION).click();
				assertThat(reopened.page().getByLabel(QUESTION).inputValue())
					.isEqualTo("She wants to be a vet and to ride horses");

				// and what was typed on both sides of the restart is what is sent
				reopened.open(reopened.url().replaceFirst("^https?://[^/]+", "").replace("/our-hopes", "/check"));
				assertThat(reopened.text("She wants to be a vet and to ride horses").isVisible()).isTrue();
				reopened.tabTo(reopened.button("Send"));
				reopened.page().keyboard().press("Enter");
				reopened.page().waitForURL("**/sent");
				assertThat(reopened.heading().textContent()).isEqualTo("Your views have been sent");
			}
		}
		finally {
			first.close();
		}
	}

	private ConfigurableApplicationContext start(int port, int identityProviderPort) {
		// As arguments, which outrank the profile's own settings (its data lives in the
		// home folder by default)
		return new SpringApplicationBuilder(HeardApplication.class).profiles("embedded", "demo")
			.run("--server.port=" + port, "--heard.embedded.idp.port=" + identityProviderPort,
					"--heard.embedded.postgres.data-directory=" + data.resolve("postgres"),
					"--heard.upload.directory=" + data.resolve("uploads"),
					"--heard.attachments.directory=" + data.resolve("renditions"), "--management.server.port=0",
					"--heard.la-reference.port=0");
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
