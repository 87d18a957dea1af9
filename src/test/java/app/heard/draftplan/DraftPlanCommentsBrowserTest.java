package app.heard.draftplan;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.TestClock;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseSnapshot.CommentResponse;
import app.heard.caserecord.CaseSnapshot.ResponseKind;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A family comments on a draft plan in a real browser at 320 px, through the real
 * sign-in: two sections and one piece of support, sent together; the council's response
 * arrives; the other parent comments on their own; the window closes and the co-ordinator
 * gives more time. axe-clean at every step.
 */
@IntegrationTest
class DraftPlanCommentsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@AfterEach
	void reset() {
		clock.reset();
		signIn.signOut();
	}

	@Test
	void parents_comment_send_hear_back_and_the_window_closes() {
		var kase = new DraftPlanCase(importer, signIn, LocalDate.now(clock));
		String draftPlan = "/children/" + kase.id + "/draft-plan";
		try (BrowserContext context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var parent = signIn(context, kase.firstParent);
			parent.open("/children/" + kase.id);
			parent.link("Read and comment on Mia's draft plan").click();
			parent.page().waitForURL("**/draft-plan");
			parent.text("13 days left").waitFor();
			AxeAudit.check(parent.page(), "draft-plan-parent");

			// Too long: the words stay, an error summary takes focus, the title says
			// "Error: "
			parent.link("Comment on Section A").first().click();
			parent.page().waitForURL("**/comment/**");
			parent.heading().waitFor();
			String tooLong = "trains ".repeat(7200);
			parent.page().locator("#comment").fill(tooLong);
			parent.button("Save and continue").click();
			parent.page().getByRole(AriaRole.ALERT).waitFor();
			assertThat(parent.page().title()).startsWith("Error: ");
			assertThat(parent.page().locator("#comment").inputValue()).isEqualTo(tooLong);
			AxeAudit.check(parent.page(), "draft-plan-comment-error");
			parent.page().goBack();
			parent.page().waitForURL("**/draft-plan");

			comment(parent, "Comment on Section A", "Mia also loves trains.");
			comment(parent, "Comment on Section B", "Her stammer is worse when she is tired.");
			AxeAudit.check(parent.page(), "draft-plan-with-drafts");
			comment(parent, "Comment on this support", "Weekly is not enough: twice a week, please.");
			assertThat(parent.page().locator("[data-comment=draft]").count()).isEqualTo(3);

			parent.link("Check your comments and send them").first().click();
			parent.page().waitForURL("**/check");
			parent.heading().waitFor();
			assertThat(parent.page().locator(".summary__row").count()).isEqualTo(3);
			AxeAudit.check(parent.page(), "draft-plan-check");
			parent.button("Send my comments").click();
			parent.page().waitForURL("**/draft-plan");
			parent.text("You sent your comments on").waitFor();
			assertThat(parent.page().locator("[data-comment=sent]").count()).isEqualTo(3);
			assertThat(parent.link("Change your comment").count()).as("sent comments cannot be changed").isZero();

			signIn.as(kase.firstParent);
			var sent = comments.open(kase.id).commentOn(Target.provision(kase.provision)).orElseThrow();
			signIn.signOut();
			kase.laResponds(new CommentResponse(sent.id(), 1, ResponseKind.CHANGED,
					"Therapy is now twice a week, 45 minutes each."));
			parent.open(draftPlan);
			parent.text("You said, we did").waitFor();
			assertThat(parent.page().locator("#provision-" + kase.provision).textContent()).contains(
					"Weekly is not enough", "The council changed the plan:",
					"Therapy is now twice a week, 45 minutes each.");
			AxeAudit.check(parent.page(), "draft-plan-response");

			// From the case page, every comment sent with what the council did about it
			parent.open("/children/" + kase.id);
			parent.link("What the council did with comments on the draft plan").click();
			parent.page().waitForURL("**/your-comments");
			parent.heading().waitFor();
			assertThat(parent.page().locator("main").textContent()).contains("Help for an outcome (provision)",
					"Weekly is not enough", "Therapy is now twice a week, 45 minutes each.", "Section A",
					"Mia also loves trains.", "The council has not answered this comment yet.");
			AxeAudit.check(parent.page(), "draft-plan-your-comments");
		}

		try (BrowserContext context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var other = signIn(context, kase.secondParent);
			other.open(draftPlan);
			assertThat(other.page().locator("[data-comment]").count()).as("the other parent's comments are theirs")
				.isZero();
			comment(other, "Comment on Section A", "Mia is learning to swim.");
			assertThat(other.page().locator("[data-comment=draft]").count()).isEqualTo(1);
		}

		clock.moveOn(Duration.ofDays(13));
		String later = LocalDate.now(clock).plusDays(5).toString();
		try (BrowserContext context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var other = signIn(context, kase.secondParent);
			other.open(draftPlan);
			other.text("The time for comments ended on").waitFor();
			other.text("ask your case co-ordinator at the West SEND team").waitFor();
			assertThat(other.link("Comment on Section B").count()).isZero();
			assertThat(other.link("Check your comments and send them").count()).isZero();
			assertThat(other.page().locator("[data-comment=draft]").textContent()).as("nothing typed is lost")
				.contains("Mia is learning to swim.");
			AxeAudit.check(other.page(), "draft-plan-closed");

			var coordinator = signIn(Browsers.context(Browsers.PHONE_WIDTH), kase.coordinator);
			coordinator.open(draftPlan);
			AxeAudit.check(coordinator.page(), "draft-plan-coordinator");
			coordinator.page().getByLabel("New last day for comments").fill(later);
			coordinator.button("Give more time").click();
			coordinator.text("The family now has until").waitFor();
			coordinator.page().context().close();

			other.open(draftPlan);
			other.text("The case co-ordinator gave more time").waitFor();
			other.text("6 days left").waitFor();
			AxeAudit.check(other.page(), "draft-plan-extended");
		}
	}

	/** Follows a part's comment link, types, and saves back to the plan. */
	private static void comment(PortalPage portal, String link, String words) {
		portal.link(link).first().click();
		portal.page().waitForURL("**/comment/**");
		portal.heading().waitFor();
		AxeAudit.check(portal.page(), "draft-plan-comment");
		portal.page().locator("#comment").fill(words);
		portal.button("Save and continue").click();
		portal.page().waitForURL("**/draft-plan");
		portal.heading().waitFor();
		portal.text(words).waitFor();
	}

	private PortalPage signIn(BrowserContext context, String subject) {
		var page = new PortalPage(context.newPage(), port);
		page.open("/");
		page.link("Sign in").click();
		page.page().getByLabel("Or sign in as anyone else").fill(subject);
		page.button("Sign in").click();
		page.page().waitForURL("**/children");
		page.heading().waitFor();
		return page;
	}

}
