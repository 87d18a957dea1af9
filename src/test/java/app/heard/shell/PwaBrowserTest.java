package app.heard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Installable, and honest when offline: the service worker serves a page that says what
 * works and what does not.
 */
@IntegrationTest
class PwaBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void the_portal_is_installable_and_shows_the_offline_page_without_a_connection() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).open("/");
			var page = portal.page();
			assertThat(page.locator("link[rel=manifest]").getAttribute("href")).isEqualTo("/manifest.webmanifest");
			Object manifest = page.evaluate("fetch('/manifest.webmanifest').then(r => r.json())");
			assertThat(manifest.toString()).contains("icon-192.png", "icon-512.png", "standalone", "/children");
			Object registered = page.evaluate("navigator.serviceWorker.ready.then(r => r.active !== null)");
			assertThat(registered).isEqualTo(true);

			context.setOffline(true);
			page.navigate("http://localhost:" + port + "/children");
			portal.heading().waitFor();
			assertThat(portal.heading().textContent()).isEqualTo("You're offline");
			assertThat(portal.text("What still works").isVisible()).isTrue();
			assertThat(portal.text("What needs a connection").isVisible()).isTrue();
		}
	}

	@Test
	void the_session_cookie_is_http_only_and_same_site_lax() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			var session = context.cookies()
				.stream()
				.filter(cookie -> cookie.name.equals("JSESSIONID"))
				.findFirst()
				.orElseThrow();
			assertThat(session.httpOnly).isTrue();
			assertThat(session.sameSite).hasToString("LAX");
		}
	}

}
