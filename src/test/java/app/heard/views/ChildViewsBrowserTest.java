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
 * A child giving their About Me on a parent's phone at 320 px, keyboard only, axe-checked
 * at every step: the parent says once how the child is giving their views, the child
 * answers a question and rates a plan outcome with the faces, and the views are sent,
 * read back and seen by the other parent.
 */
@IntegrationTest
class ChildViewsBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void a_child_with_a_parents_phone_says_how_their_plan_is_going_and_the_other_parent_can_read_it_once_sent() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.tabTo(portal.link("Ellie"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("Ellie")).waitFor();
			portal.tabTo(portal.link("Give Ellie's views (About Me)"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("About Me")).waitFor();

			portal.tabTo(portal.link("Say how Ellie is giving their views"));
			portal.page().keyboard().press("Enter");
			portal.heading().filter(new Locator.FilterOptions().setHasText("How is Ellie")).waitFor();
			AxeAudit.check(portal.page(), "views-how-gathered-journey");
			portal.tabTo(portal.button("Save and continue"));
			portal.page().keyboard().press("Enter");
			var summary = portal.page().getByRole(AriaRole.ALERT);
			summary.waitFor();
			assertThat(summary.textContent()).contains("Select how Ellie is giving their views");
			assertThat(portal.page().title()).startsWith("Error: ");
			AxeAudit.check(portal.page(), "views-how-gathered-error");
			// Tab reaches the group; the arrow keys choose within it, as with any native
			// radios
			portal.tabTo(portal.page().getByLabel("In their own words"));
			portal.page().keyboard().press("ArrowDown");
			assertThat(portal.page().getByLabel("By telling me, and I write it down").isChecked()).isTrue();
			portal.tabTo(portal.button("Save and continue"));
			portal.page().keyboard().press("Enter");
			portal.text("How Ellie is giving their views: By telling me, and I write it down.").waitFor();

			portal.tabTo(portal.link("Do you feel you are making progress towards the outcomes in your plan?"));
			portal.page().keyboard().press("Enter");
			var goingWell = portal.page().getByLabel("Yes, going well");
			goingWell.waitFor();
			portal.tabTo(goingWell);
			portal.page().keyboard().press("Space");
			portal.tabTo(portal.button("Save and continue"));
			portal.page().keyboard().press("Enter");

			portal.text("Outcome 1 of 2 in the plan").waitFor();
			assertThat(portal.text("read a short book of her choice aloud").isVisible())
				.as("the outcome is shown in the plan's words")
				.isTrue();
			AxeAudit.check(portal.page(), "views-outcome-journey");
			Object smallTargets = portal.page().evaluate("""
					() => [...document.querySelectorAll('main button, main input[type=radio], main .case-list a')]
					  .map(e => e.getBoundingClientRect())
					  .filter(box => box.width < 44 || box.height < 44).length""");
			assertThat(((Number) smallTargets).intValue()).as("touch targets under 44 x 44 px on a child's page")
				.isZero();
			portal.tabTo(portal.page().getByLabel("Yes, going well"));
			portal.page().keyboard().press("ArrowDown");
			portal.page()
				.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Saved at"))
				.waitFor();
			portal.tabTo(portal.button("Save and continue"));
			portal.page().keyboard().press("Enter");
			portal.text("Outcome 2 of 2 in the plan").waitFor();

			portal.open(portal.url().replaceFirst("^https?://[^/]+", "").replace("/outcomes/2", "/check"));
			assertThat(portal.text("By telling me, and I write it down").isVisible()).isTrue();
			AxeAudit.check(portal.page(), "views-check-with-outcomes");
			portal.tabTo(portal.button("Send"));
			portal.page().keyboard().press("Enter");
			portal.page().waitForURL("**/sent");
			portal.tabTo(portal.link("See or print what you sent"));
			portal.page().keyboard().press("Enter");
			portal.page().waitForURL("**/views/sent/*");
			portal.heading().filter(new Locator.FilterOptions().setHasText("Ellie's About Me")).waitFor();
			assertThat(portal.page()
				.locator(".submitted-answer")
				.filter(new Locator.FilterOptions()
					.setHasText("How this is going: By July, Ellie will read a short book"))
				.textContent())
				.contains("Not sure", "Recorded by Jordan Taylor (parent or carer) with Ellie, as Ellie said it");
			assertThat(portal.link("Download as a PDF").isVisible()).isTrue();
			assertThat(portal.text("Jordan Taylor is reading Ellie's About Me.").isVisible()).isTrue();
			AxeAudit.check(portal.page(), "views-submitted");
			String sentAt = portal.url();
			var download = portal.page().waitForDownload(() -> portal.link("Download as a PDF").click());
			assertThat(download.suggestedFilename()).isEqualTo("views.pdf");

			var other = new PortalPage(Browsers.context(Browsers.PHONE_WIDTH).newPage(), port)
				.signInWithKeyboard("Casey Morgan – parent (separated)");
			other.link("Ellie").click();
			other.link("Give your views as a parent or carer").click();
			var sent = other.page()
				.getByRole(AriaRole.LINK)
				.filter(new Locator.FilterOptions().setHasText("About Me, sent by Jordan Taylor"));
			sent.waitFor();
			sent.click();
			other.page().waitForURL(sentAt);
			other.heading().filter(new Locator.FilterOptions().setHasText("Ellie's About Me")).waitFor();
			assertThat(other.text("Casey Morgan is reading Ellie's About Me.").isVisible())
				.as("a sign for Ellie that someone else is reading her words")
				.isTrue();
			other.page().context().close();
		}
	}

}
