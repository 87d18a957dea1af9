package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * By URL, in a real browser signed in through the real OIDC flow: another child's case is
 * "Page not found".
 */
@IntegrationTest
class CaseAccessBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void an_advocate_typing_the_address_of_another_childs_case_gets_page_not_found() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var parent = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			parent.link("Riley").click();
			parent.heading().filter(new Locator.FilterOptions().setHasText("Riley")).waitFor();
			String rileysAddress = parent.url().replaceFirst("^https?://[^/]+", "");
			context.clearCookies();

			var advocate = new PortalPage(context.newPage(), port).signInWithKeyboard("Priya Shah – advocate");
			assertThat(advocate.link("Ellie").isVisible()).isTrue();
			assertThat(advocate.link("Riley").count()).isZero();

			advocate.open(rileysAddress);
			assertThat(advocate.heading().textContent()).isEqualTo("Page not found");
			assertThat(advocate.page().content()).doesNotContain("Riley").doesNotContain("Northfield Academy");

			advocate.open("/children/" + UUID.randomUUID());
			assertThat(advocate.heading().textContent()).isEqualTo("Page not found");
			advocate.open("/children/1%20or%201=1");
			assertThat(advocate.heading().textContent()).isEqualTo("Page not found");
		}
	}

	@Test
	void someone_signed_in_with_no_children_linked_is_told_how_access_works() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var page = new PortalPage(context.newPage(), port);
			page.open("/");
			page.link("Sign in").click();
			page.page().getByLabel("Or sign in as anyone else").fill("stranger-" + UUID.randomUUID());
			page.button("Sign in").click();
			page.page().waitForURL("**/children");
			assertThat(page.heading().textContent()).isEqualTo("Your children");
			assertThat(page.text("There are no children linked to your account yet.").isVisible()).isTrue();
		}
	}

}
