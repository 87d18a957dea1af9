package app.heard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every route, at 320 px and 1280 px, checked with axe-core (WCAG 2.2 AA tags) and for
 * horizontal scrolling at 320 px (WCAG 1.4.10 Reflow). Results go to accessibility/audit/
 * and are committed as the latest audit.
 */
@IntegrationTest
class AccessibilityAuditBrowserTest {

	private static final List<String> AUDITED = new ArrayList<>();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(ints = { Browsers.PHONE_WIDTH, Browsers.DESKTOP_WIDTH })
	void pages_anyone_can_open(int width) {
		try (BrowserContext context = Browsers.context(width)) {
			var portal = new PortalPage(context.newPage(), port);
			audit(portal, "/", "welcome");
			audit(portal, "/signed-out", "signed-out");
			audit(portal, "/accessibility", "accessibility-statement");
			audit(portal, "/offline.html", "offline");
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { Browsers.PHONE_WIDTH, Browsers.DESKTOP_WIDTH })
	void pages_behind_sign_in(int width) {
		try (BrowserContext context = Browsers.context(width)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			check(portal, "children");
			portal.open("/notifications");
			check(portal, "notifications");
			portal.link("Choose how often we email you").click();
			portal.page().waitForURL("**/settings/email");
			portal.heading().waitFor();
			check(portal, "settings-email");
			portal.open("/children");
			portal.link("Ellie").click();
			portal.page().waitForURL("**/children/*");
			portal.heading().waitFor();
			check(portal, "case");
			portal.link("Read and comment on Ellie's draft plan").click();
			portal.page().waitForURL("**/draft-plan");
			portal.heading().waitFor();
			check(portal, "draft-plan");
			portal.link("Comment on Section A").click();
			portal.page().waitForURL("**/comment/section-A");
			portal.heading().waitFor();
			check(portal, "draft-plan-comment");
			portal.open(portal.url().replaceFirst("^https?://[^/]+", "").replace("/comment/section-A", "/check"));
			check(portal, "draft-plan-check");
			portal.open("/no-such-page");
			assertThat(portal.heading().textContent()).isEqualTo("Page not found");
			check(portal, "not-found");
			portal.open("/children");
			portal.link("Ellie").click();
			portal.page().waitForURL("**/children/*");
			portal.heading().waitFor();
			portal.link("Your children").click();
			portal.link("Riley").click();
			portal.page().waitForURL("**/children/*");
			portal.heading().waitFor();
			check(portal, "case-with-late-dates");
			portal.link("Give Riley's views (About Me)").click();
			portal.page().waitForURL("**/views/about-me");
			check(portal, "views-about-me");
			portal.link("What do you enjoy doing?").click();
			portal.page().waitForURL("**/enjoy-doing");
			check(portal, "views-question-about-me");
			portal.open(portal.url().replaceFirst("^https?://[^/]+", "").replace("/enjoy-doing", "/progress"));
			check(portal, "views-picture-scale-about-me");
			portal.open(portal.url().replaceFirst("^https?://[^/]+", "").replace("/progress", "/outcomes/1"));
			check(portal, "views-outcome-about-me");
			portal.open(portal.url().replaceFirst("^https?://[^/]+", "").replace("/outcomes/1", "/how"));
			check(portal, "views-how-gathered");
			portal.open(portal.url().replaceFirst("^https?://[^/]+", "").replace("/how", "/progress"));
			portal.link("Back").click();
			portal.link("Check your answers and send").click();
			portal.page().waitForURL("**/check");
			check(portal, "views-check-about-me");
		}
	}

	/**
	 * The co-ordinator's pages: the case with the subject access download, restrictions.
	 */
	@ParameterizedTest
	@ValueSource(ints = { Browsers.PHONE_WIDTH, Browsers.DESKTOP_WIDTH })
	void pages_for_the_case_co_ordinator(int width) {
		try (BrowserContext context = Browsers.context(width)) {
			var portal = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Alex Brennan – LA case co-ordinator");
			portal.link("Ellie").click();
			portal.page().waitForURL("**/children/*");
			portal.heading().waitFor();
			portal.link("Download everything about Ellie (ZIP file)").waitFor();
			check(portal, "case-for-co-ordinator");
			portal.link("Restrictions on who can see what").click();
			portal.page().waitForURL("**/restrictions");
			portal.heading().waitFor();
			check(portal, "restrictions");
			portal.link("Record a restriction").click();
			portal.page().waitForURL("**/restrictions/new");
			portal.heading().waitFor();
			check(portal, "restrictions-new");
			// Nothing chosen: the error state, and nothing recorded on the demo case
			portal.button("Record restriction").click();
			portal.page().locator(".error-summary").waitFor();
			check(portal, "restrictions-new-errors");
		}
	}

	/**
	 * The handover pages, as demo Riley (past compulsory school age) sees them on his
	 * first visit, and the co-ordinator's capacity page. Nothing is chosen or recorded:
	 * other tests share the demo case.
	 */
	@ParameterizedTest
	@ValueSource(ints = { Browsers.PHONE_WIDTH, Browsers.DESKTOP_WIDTH })
	void handover_and_capacity_pages(int width) {
		try (BrowserContext context = Browsers.context(width)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Riley Taylor – young person, 16",
					"**/handover");
			check(portal, "handover-start");
			String start = portal.url().replaceFirst("^https?://[^/]+", "");
			portal.open(start + "/about-me");
			check(portal, "handover-about-me");
			portal.button("Continue").click();
			portal.page().waitForURL("**/handover/parents/*");
			portal.heading().waitFor();
			check(portal, "handover-keep");
			portal.open(portal.url().replaceFirst("^https?://[^/]+", "") + "/what");
			check(portal, "handover-what");
			portal.open(start + "/check");
			check(portal, "handover-check");
		}
		try (BrowserContext context = Browsers.context(width)) {
			var portal = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Alex Brennan – LA case co-ordinator");
			portal.link("Riley").click();
			portal.page().waitForURL("**/children/*");
			portal.heading().waitFor();
			portal.link("Record a decision Riley cannot make").click();
			portal.page().waitForURL("**/capacity");
			portal.heading().waitFor();
			check(portal, "capacity");
		}
	}

	/**
	 * Who can see a case (issue 5), as the demo co-ordinator, looking only: nothing is
	 * sent or ended. The embedded mailbox exists with embedded defaults only.
	 */
	@ParameterizedTest
	@ValueSource(ints = { Browsers.PHONE_WIDTH, Browsers.DESKTOP_WIDTH })
	void pages_for_who_can_see_a_case(int width) {
		try (BrowserContext context = Browsers.context(width)) {
			var portal = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Alex Brennan – LA case co-ordinator");
			portal.link("Ellie").click();
			portal.page().waitForURL("**/children/*");
			portal.heading().waitFor();
			portal.link("Invite people and manage who can see this case").click();
			portal.page().waitForURL("**/people");
			portal.heading().waitFor();
			check(portal, "people");
			portal.link("End access for Priya Shah").click();
			portal.page().waitForURL("**/end");
			portal.heading().waitFor();
			check(portal, "end-access");
			portal.link("Cancel").click();
			portal.page().waitForURL("**/people");
			portal.link("Invite someone").click();
			portal.page().waitForURL("**/invite");
			portal.heading().waitFor();
			check(portal, "invite");
			portal.button("Send invitation").click();
			portal.page().locator(".error-summary").waitFor();
			check(portal, "invite-errors");
			audit(portal, "/invitations/" + "x".repeat(43), "invitation-not-valid");
			audit(portal, "/embedded/mail", "embedded-mailbox");
		}
	}

	/** The LA sync's health, as the demo LA systems administrator (issue 6). */
	@ParameterizedTest
	@ValueSource(ints = { Browsers.PHONE_WIDTH, Browsers.DESKTOP_WIDTH })
	void pages_for_la_administrators(int width) {
		try (BrowserContext context = Browsers.context(width)) {
			var portal = new PortalPage(context.newPage(), port)
				.signInWithKeyboard("Morgan Reid – LA systems administrator");
			audit(portal, "/la-sync", "la-sync");
		}
	}

	private void audit(PortalPage portal, String path, String name) {
		portal.open(path);
		check(portal, name);
	}

	private void check(PortalPage portal, String name) {
		AxeAudit.check(portal.page(), name);
		int width = portal.page().viewportSize().width;
		if (width == Browsers.PHONE_WIDTH) {
			Object scrollWidth = portal.page().evaluate("document.documentElement.scrollWidth");
			assertThat(((Number) scrollWidth).intValue()).as("no horizontal scrolling on %s at 320 px", name)
				.isLessThanOrEqualTo(Browsers.PHONE_WIDTH);
		}
		AUDITED.add(name + " at " + width + " px");
	}

	@AfterAll
	static void writeSummary() throws Exception {
		var summary = new StringBuilder(
				"# Latest axe-core audit\n\nWritten by `AccessibilityAuditBrowserTest` on every test run. ")
			.append("Tags: ")
			.append(String.join(", ", AxeAudit.TAGS))
			.append(". Every page below had **no violations** (the test fails otherwise); ")
			.append("one JSON file per page and width beside this file lists the rules that passed and any ")
			.append("that axe could not decide (incomplete), for manual review.\n\n");
		AUDITED.stream().sorted().forEach(page -> summary.append("- ").append(page).append('\n'));
		Files.createDirectories(AxeAudit.AUDIT_DIRECTORY);
		Files.writeString(AxeAudit.AUDIT_DIRECTORY.resolve("summary.md"), summary);
	}

}
