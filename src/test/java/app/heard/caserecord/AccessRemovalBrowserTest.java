package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.TestCases;
import app.heard.TestCases.TestCase;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Removal takes effect at once: a removed advocate's open page loses the case on its very
 * next navigation. And a family ends their advocate's access themselves.
 */
@IntegrationTest
class AccessRemovalBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Test
	void the_co_ordinator_removes_an_advocate_whose_open_page_then_says_the_case_is_not_there() {
		TestCase omar = TestCases.create(importer, signIn, "Omar", LocalDate.now().minusYears(10));
		try (var advocateContext = Browsers.context(Browsers.PHONE_WIDTH);
				var coordinatorContext = Browsers.context(Browsers.PHONE_WIDTH)) {
			var advocate = signInAs(new PortalPage(advocateContext.newPage(), port), omar.advocate());
			advocate.link("Omar").click();
			advocate.heading().filter(new Locator.FilterOptions().setHasText("Omar")).waitFor();

			var coordinator = signInAs(new PortalPage(coordinatorContext.newPage(), port), omar.coordinator());
			coordinator.link("Omar").click();
			coordinator.heading().filter(new Locator.FilterOptions().setHasText("Omar")).waitFor();
			coordinator.link("Invite people and manage who can see this case").click();
			coordinator.page().waitForURL("**/people");
			coordinator.link("End access for Advocate of Omar").click();
			coordinator.heading()
				.filter(new Locator.FilterOptions().setHasText("End Advocate of Omar's access to Omar's case?"))
				.waitFor();
			AxeAudit.check(coordinator.page(), "end-access");
			coordinator.button("End access").click();
			coordinator.page().waitForURL("**/people");
			coordinator.heading().waitFor();
			assertThat(coordinator.link("End access for Advocate of Omar").count()).isZero();

			// The advocate's page is still open from before; their next step finds
			// nothing
			advocate.link("Give Omar's views (About Me)").click();
			advocate.heading().filter(new Locator.FilterOptions().setHasText("Page not found")).waitFor();
			assertThat(advocate.page().locator("main").textContent()).doesNotContain("Test School");
			advocate.open("/children");
			assertThat(advocate.link("Omar").count()).isZero();
		}
	}

	@Test
	void a_parent_ends_their_advocates_access_but_is_offered_no_way_to_remove_the_other_parent() {
		TestCase zara = TestCases.create(importer, signIn, "Zara", LocalDate.now().minusYears(7));
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var parent = signInAs(new PortalPage(context.newPage(), port), zara.parents().getFirst());
			parent.link("Zara").click();
			parent.heading().filter(new Locator.FilterOptions().setHasText("Zara")).waitFor();
			assertThat(parent.link("End Parent B Zara's access").count()).isZero();
			// The family's say over whether their advocate comments on draft plans
			parent.text("Advocate of Zara does not comment on draft plans for you unless you ask them to").waitFor();
			parent.tabTo(parent.button("Ask Advocate of Zara to comment on draft plans for you"));
			parent.page().keyboard().press("Enter");
			parent.text("You have asked Advocate of Zara to comment on draft plans for you.").waitFor();
			AxeAudit.check(parent.page(), "case-helper-asked-to-comment");
			parent.link("End Advocate of Zara's access").click();
			parent.heading().filter(new Locator.FilterOptions().setHasText("End Advocate of Zara's access")).waitFor();
			parent.button("End access").click();
			parent.heading().filter(new Locator.FilterOptions().setHasText("Zara")).waitFor();
			parent.page().waitForURL(url -> !url.endsWith("/end"));
			assertThat(parent.text("Advocate of Zara").count()).isZero();
			assertThat(parent.text("Parent B Zara").count()).isPositive();
		}
	}

	static PortalPage signInAs(PortalPage page, String subject) {
		page.open("/");
		page.link("Sign in").click();
		page.page().getByLabel("Or sign in as anyone else").fill(subject);
		page.button("Sign in").click();
		page.page().waitForURL("**/children");
		page.heading().waitFor();
		return page;
	}

}
