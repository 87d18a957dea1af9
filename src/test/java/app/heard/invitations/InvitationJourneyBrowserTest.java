package app.heard.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.Inbox;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.TestCases;
import app.heard.TestCases.TestCase;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.identity.internal.TestSignIn;
import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole invitation journey in a real browser at 320 px, with axe on every new page:
 * the co-ordinator invites, the real SMTP server receives the email, and a person who has
 * never used Heard opens the link, signs in at the identity provider as a new account,
 * accepts, and finds the child on their list.
 */
@IntegrationTest
class InvitationJourneyBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	GreenMail smtp;

	@Test
	void a_co_ordinator_invites_an_advocate_who_signs_up_accepts_and_sees_the_case() throws Exception {
		TestCase nia = TestCases.create(importer, signIn, "Nia", LocalDate.now().minusYears(8));
		String email = "new-advocate-" + UUID.randomUUID() + "@example.org";
		String link;
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var coordinator = signInAs(new PortalPage(context.newPage(), port), nia.coordinator());
			coordinator.link("Nia").click();
			coordinator.heading().filter(new Locator.FilterOptions().setHasText("Nia")).waitFor();
			coordinator.link("Invite people and manage who can see this case").click();
			coordinator.page().waitForURL("**/people");
			coordinator.heading().waitFor();
			assertThat(coordinator.heading().textContent()).isEqualTo("People who can see Nia's case");
			assertThat(coordinator.text("No invitations have been sent for this case yet.").isVisible()).isTrue();
			AxeAudit.check(coordinator.page(), "people");

			coordinator.link("Invite someone").click();
			coordinator.page().waitForURL("**/people/invite");
			coordinator.heading().waitFor();
			AxeAudit.check(coordinator.page(), "invite");

			coordinator.button("Send invitation").click();
			var summary = coordinator.page().locator(".error-summary");
			summary.waitFor();
			assertThat(summary.textContent()).contains("Enter the full name of the person you are inviting")
				.contains("Enter their email address")
				.contains("Choose what they will do");
			assertThat(coordinator.page().title()).startsWith("Error: ");
			AxeAudit.check(coordinator.page(), "invite-errors");

			coordinator.page().getByLabel("Full name").fill("Dana Advocate");
			coordinator.page().getByLabel("Email address").fill("not-an-email");
			coordinator.page().getByLabel("Advocate or supporter").check();
			coordinator.button("Send invitation").click();
			coordinator.text("Enter an email address in the correct format, like name@example.com").first().waitFor();
			// What was typed is kept
			assertThat(coordinator.page().getByLabel("Full name").inputValue()).isEqualTo("Dana Advocate");
			assertThat(coordinator.page().getByLabel("Advocate or supporter").isChecked()).isTrue();

			coordinator.page().getByLabel("Email address").fill(email);
			coordinator.button("Send invitation").click();
			coordinator.page().waitForURL("**/people");
			coordinator.text("An invitation has been sent to Dana Advocate.").waitFor();
			assertThat(coordinator.text("Waiting").isVisible()).isTrue();
			AxeAudit.check(coordinator.page(), "people-with-invitation");

			var message = Inbox.awaitMessageTo(smtp, email);
			assertThat(message.getSubject()).isEqualTo("You've been invited to help with a child's EHC plan on Heard");
			assertThat(Inbox.text(message)).doesNotContain("Nia");
			link = Inbox.link(message);
		}

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var invitee = new PortalPage(context.newPage(), port);
			invitee.page().navigate(link);
			// Not signed in: to the identity provider, where they create an account
			invitee.page().getByLabel("Or sign in as anyone else").fill("brand-new-" + UUID.randomUUID());
			invitee.button("Sign in").click();
			invitee.page().waitForURL("**/invitations/**");
			invitee.heading().filter(new Locator.FilterOptions().setHasText("Accept your invitation")).waitFor();
			assertThat(invitee.page().content()).doesNotContain("Nia");
			AxeAudit.check(invitee.page(), "invitation");

			invitee.button("Accept invitation").click();
			invitee.heading().filter(new Locator.FilterOptions().setHasText("Nia")).waitFor();
			invitee.open("/children");
			assertThat(invitee.link("Nia").isVisible()).isTrue();
			assertThat(invitee.text("You are: advocate").isVisible()).isTrue();
		}

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var someoneElse = signInAs(new PortalPage(context.newPage(), port), "forwarded-" + UUID.randomUUID());
			someoneElse.page().navigate(link);
			someoneElse.heading()
				.filter(new Locator.FilterOptions().setHasText("This invitation has already been used"))
				.waitFor();
			AxeAudit.check(someoneElse.page(), "invitation-used");
			someoneElse.open("/invitations/" + "x".repeat(43));
			assertThat(someoneElse.heading().textContent()).isEqualTo("This invitation link does not work");
			AxeAudit.check(someoneElse.page(), "invitation-not-valid");
			assertThat(someoneElse.page()
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Nia"))
				.count()).isZero();
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
