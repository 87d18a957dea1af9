package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A young person past compulsory school age signs in for the first time on a phone and,
 * by keyboard alone, is walked through what changes: one thing per page, axe at every
 * step. Then the parent they withdrew finds the case gone.
 */
@IntegrationTest
class HandoverBrowserTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@LocalServerPort
	int port;

	@Test
	void a_young_person_chooses_what_each_parent_can_do_one_thing_per_page() {
		var kase = HandoverCase.pastSchoolAge(importer, signIn);
		String key = kase.youngPerson().substring("ho-yp-".length());
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.youngPerson(),
					"**/children/" + kase.id() + "/handover");
			assertThat(portal.heading().textContent()).isEqualTo("Your EHC plan is yours now");
			AxeAudit.check(portal.page(), "handover-start");

			next(portal, portal.button("Start"), "**/handover/about-me");
			assertThat(portal.heading().textContent()).isEqualTo("Your About Me is yours");
			AxeAudit.check(portal.page(), "handover-about-me");

			next(portal, portal.button("Continue"), "**/handover/parents/*");
			assertThat(portal.heading().textContent())
				.isEqualTo("Should Dad " + key + " still be able to see your EHC plan?");
			portal.tabTo(portal.button("Continue"));
			portal.page().keyboard().press("Enter");
			var summary = portal.page().locator(".error-summary");
			summary.waitFor();
			assertThat(summary.textContent()).contains("Choose yes if Dad " + key + " should still see the plan");
			portal.page().waitForCondition(() -> (Boolean) summary.evaluate("e => e === document.activeElement"));
			assertThat(portal.page().title()).startsWith("Error: ");
			AxeAudit.check(portal.page(), "handover-keep-error");

			portal.tabTo(portal.page().getByLabel("Yes"));
			portal.page().keyboard().press("Space");
			next(portal, portal.button("Continue"), "**/what");
			assertThat(portal.heading().textContent()).isEqualTo("What can Dad " + key + " do?");
			AxeAudit.check(portal.page(), "handover-what");
			portal.tabTo(portal.page().getByLabel("See only"));
			portal.page().keyboard().press("ArrowDown");
			portal.page().keyboard().press("ArrowDown");
			assertThat(portal.page().getByLabel("Act for me").isChecked()).isTrue();
			next(portal, portal.button("Continue"), "**/handover/parents/*");

			assertThat(portal.heading().textContent())
				.isEqualTo("Should Mum " + key + " still be able to see your EHC plan?");
			AxeAudit.check(portal.page(), "handover-keep");
			portal.tabTo(portal.page().getByLabel("Yes"));
			portal.page().keyboard().press("ArrowDown");
			assertThat(portal.page().getByLabel("No").isChecked()).isTrue();
			next(portal, portal.button("Continue"), "**/handover/check");

			assertThat(portal.heading().textContent()).isEqualTo("What your parents can do");
			var rows = portal.page().locator(".summary__row");
			assertThat(rows.nth(0).textContent()).contains("Dad " + key, "Act for me",
					"Chosen by " + kase.youngPerson());
			assertThat(rows.nth(1).textContent()).contains("Mum " + key, "Cannot see the plan");
			AxeAudit.check(portal.page(), "handover-check");
		}
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var mum = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.mum(), "**/children");
			assertThat(mum.link(kase.childName()).count()).isZero();
			mum.open("/children/" + kase.id());
			assertThat(mum.heading().textContent()).isEqualTo("Page not found");
		}
	}

	/** Presses a link or button by keyboard and waits for the next page. */
	private static void next(PortalPage portal, com.microsoft.playwright.Locator target, String address) {
		String from = portal.url();
		portal.tabTo(target);
		portal.page().keyboard().press("Enter");
		portal.page().waitForCondition(() -> !portal.url().equals(from));
		portal.page().waitForURL(address, new Page.WaitForURLOptions());
		portal.heading().waitFor();
	}

}
