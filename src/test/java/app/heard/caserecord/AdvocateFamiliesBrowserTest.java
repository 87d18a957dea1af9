package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.TestCases;
import app.heard.identity.internal.TestSignIn;
import app.heard.shell.DisplayFormats;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An advocate supporting twelve families sees them all on one list at 320 px, each saying
 * what is waiting, and opens any one of them.
 */
@IntegrationTest
class AdvocateFamiliesBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Test
	void an_advocate_sees_all_twelve_families_they_support_with_what_is_waiting() {
		String advocate = "busy-advocate-" + UUID.randomUUID();
		var children = IntStream.rangeClosed(1, 12).mapToObj(n -> "Family" + (char) ('A' + n - 1)).toList();
		children.forEach(child -> TestCases.create(importer, signIn, child, LocalDate.now().minusYears(10), advocate));
		String due = DisplayFormats.longDate(LocalDate.now().plusWeeks(2));

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = AccessRemovalBrowserTest.signInAs(new PortalPage(context.newPage(), port), advocate);
			assertThat(portal.heading().textContent()).isEqualTo("The families you support");
			assertThat(portal.page().locator("main").textContent()).contains("You support 12 families.");
			for (String child : children) {
				var item = portal.page()
					.locator(".case-list li")
					.filter(new Locator.FilterOptions().setHas(portal.link(child)));
				assertThat(item.textContent()).contains("You are: advocate")
					.contains("Waiting for: the family's views, due by " + due);
			}
			AxeAudit.check(portal.page(), "children-advocate");
			Object scrollWidth = portal.page().evaluate("document.documentElement.scrollWidth");
			assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(Browsers.PHONE_WIDTH);

			portal.link("FamilyL").click();
			portal.heading().filter(new Locator.FilterOptions().setHasText("FamilyL")).waitFor();
		}
	}

}
