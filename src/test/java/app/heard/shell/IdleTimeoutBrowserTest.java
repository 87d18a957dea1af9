package app.heard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * WCAG 2.2.1 Timing Adjustable: before an idle session ends, the person is warned at
 * least 20 seconds ahead and can stay signed in with one key press; if they don't, they
 * are signed out and told why. A 45-second session here so the test is quick; production
 * uses 30 minutes with a 2-minute warning.
 */
@IntegrationTest
@TestPropertySource(properties = { "server.servlet.session.timeout=45s", "heard.session.warning-before-timeout=30s" })
class IdleTimeoutBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void the_warning_comes_in_time_staying_works_and_doing_nothing_signs_out() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			Instant lastActivity = Instant.now();
			var warning = portal.page().getByRole(AriaRole.ALERTDIALOG);
			warning.waitFor(new Locator.WaitForOptions().setTimeout(45_000));
			Duration warnedAfter = Duration.between(lastActivity, Instant.now());
			assertThat(Duration.ofSeconds(45).minus(warnedAfter)).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
			assertThat(warning.textContent()).contains("You're about to be signed out",
					"Anything you have saved is kept.");
			assertThat((Boolean) portal.button("Stay signed in").evaluate("b => b === document.activeElement"))
				.isTrue();

			portal.page().keyboard().press("Enter");
			warning.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
			// Past the first deadline: still signed in, and warned again ahead of the new
			// one
			portal.page().waitForTimeout(Duration.ofSeconds(45).minus(warnedAfter).plusSeconds(5).toMillis());
			warning.waitFor();
			portal.page().keyboard().press("Enter");
			portal.link("Ellie").click();
			portal.page().waitForURL("**/children/*");
			assertThat(portal.heading().textContent()).isEqualTo("Ellie's EHC plan");

			portal.page()
				.waitForURL("**/signed-out", new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(60_000));
			assertThat(portal.heading().textContent()).isEqualTo("You've been signed out");
		}
	}

}
