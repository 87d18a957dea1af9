package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An advocate records the family's views for them on a 320 px phone by keyboard: every
 * page says whose views these are, and what is sent says who recorded it and for whom,
 * without anyone typing "on behalf of".
 */
@IntegrationTest
class AdvocateViewsBrowserTest {

	private static final String QUESTION = "Your hopes and aspirations for your child's future";

	@LocalServerPort
	int port;

	@Test
	void an_advocate_records_and_sends_the_familys_views_attributed_to_them_and_the_family() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Priya Shah – advocate");
			portal.tabTo(portal.link("Ellie"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("Ellie")).waitFor();
			assertThat(portal.link("Give your views as a parent or carer").count()).as("an advocate is not a parent")
				.isZero();
			portal.tabTo(portal.link("Record the family's views for them"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("The family's views for Ellie")).waitFor();
			String sign = "You are recording these views for Ellie's family. Write what the family tells you, in their words.";
			assertThat(portal.text(sign).isVisible()).isTrue();
			AxeAudit.check(portal.page(), "views-start-for-family");

			portal.tabTo(portal.link(QUESTION));
			portal.page().keyboard().press("Enter");
			var answer = portal.page().getByLabel(QUESTION);
			answer.waitFor();
			assertThat(portal.text(sign).isVisible()).as("the sign is on every page of the set").isTrue();
			portal.tabTo(answer);
			portal.page().keyboard().type("Mum hopes Ellie will go to the same college as her cousin.");
			portal.page()
				.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Saved at"))
				.waitFor();
			AxeAudit.check(portal.page(), "views-question-for-family");

			portal.saveAndContinue(7);
			portal.page().waitForURL("**/check");
			assertThat(portal.heading().textContent()).isEqualTo("Check your answers before sending");
			AxeAudit.check(portal.page(), "views-check-for-family");
			portal.tabTo(portal.button("Send"));
			portal.page().keyboard().press("Enter");
			portal.page().waitForURL("**/sent");
			assertThat(portal.text("Recorded by Priya Shah (advocate) on behalf of the family").first().isVisible())
				.isTrue();
			AxeAudit.check(portal.page(), "views-sent-for-family");
		}
	}

}
