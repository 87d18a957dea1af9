package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
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

	@Test
	void a_co_ordinator_records_who_decides_for_a_young_person_who_lacks_capacity_and_that_person_decides() {
		var kase = HandoverCase.withoutOwnLogin(LocalDate.now().minusYears(17).minusMonths(1), importer, signIn);
		String key = kase.youngPerson().substring("ho-yp-".length());
		try (var context = Browsers.context(Browsers.DESKTOP_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.coordinator(),
					"**/children");
			assertThat(portal.page().locator(".case-list").textContent()).contains("offer them their own login");
			next(portal, portal.link(kase.childName()), "**/children/" + kase.id());
			assertThat(portal.page().locator(".inset").first().textContent())
				.contains(kase.childName() + " turned 16 on");
			assertThat(portal.link("Invite " + kase.childName() + " to Heard").getAttribute("href"))
				.endsWith("/people");
			AxeAudit.check(portal.page(), "case-coordinator-own-login");

			next(portal, portal.link("Record a decision " + kase.childName() + " cannot make"), "**/capacity");
			AxeAudit.check(portal.page(), "capacity");
			portal.tabTo(portal.button("Record decision"));
			portal.page().keyboard().press("Enter");
			var summary = portal.page().locator(".error-summary");
			summary.waitFor();
			assertThat(summary.locator("li").allTextContents()).containsExactly("Choose the decision",
					"Choose who makes this decision", "Choose why this person makes the decision");
			AxeAudit.check(portal.page(), "capacity-error");

			portal.tabTo(portal.page().getByLabel("Who can see their case, and what each parent can do"));
			portal.page().keyboard().press("Space");
			portal.tabTo(portal.page().getByLabel("Dad " + key));
			portal.page().keyboard().press("Space");
			portal.tabTo(portal.page().getByLabel("Deputy appointed by the Court of Protection"));
			portal.page().keyboard().press("ArrowDown");
			portal.page().keyboard().press("ArrowDown");
			portal.tabTo(portal.button("Record decision"));
			portal.page().keyboard().press("Enter");
			portal.page().getByText("Recorded by " + kase.coordinator()).waitFor();
			assertThat(portal.page().locator("li").allTextContents())
				.anyMatch(item -> item.startsWith("Who can see their case, and what each parent can do: Dad " + key
						+ ", Parent (there is no deputy or attorney)."));
		}
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var dad = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.dad(), "**/children");
			next(dad, dad.link(kase.childName()), "**/children/" + kase.id());
			next(dad, dad.link("Choose who can see " + kase.childName() + "'s EHC plan"), "**/handover/check");
			assertThat(dad.heading().textContent())
				.isEqualTo("What each parent can do on " + kase.childName() + "'s EHC plan");
			assertThat(dad.page().locator(".summary__row").allTextContents()).singleElement()
				.satisfies(row -> assertThat(row).contains("Mum " + key, "Not chosen yet"));
			AxeAudit.check(dad.page(), "handover-check-alternative-person");
		}
	}

	@Test
	void a_young_person_reads_who_can_see_their_own_information_in_words_about_them_not_their_child() {
		var kase = HandoverCase.pastSchoolAge(importer, signIn);
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.youngPerson(),
					"**/children/" + kase.id() + "/handover");
			portal.open("/children/" + kase.id());
			var main = portal.page().locator("main");
			assertThat(portal.page()
				.getByRole(AriaRole.HEADING,
						new Page.GetByRoleOptions().setName("Who can see your information").setExact(true))
				.count()).isOne();
			assertThat(main.textContent()).contains("These people can see your information on Heard:")
				.doesNotContain("your child's information");
		}
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var mum = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.mum(), "**/children");
			mum.open("/children/" + kase.id());
			assertThat(mum.page().locator("main").textContent()).contains("Who can see your child's information");
		}
	}

	@Test
	void an_under_16_who_signs_in_is_told_kindly_why_there_is_no_case_yet() {
		var kase = HandoverCase.bornOn(LocalDate.now().minusYears(15).minusMonths(6), importer, signIn);
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.youngPerson(),
					"**/children");
			assertThat(portal.page().locator("main").textContent())
				.contains("You can have your own login to Heard from your 16th birthday.")
				.doesNotContain(kase.childName());
			AxeAudit.check(portal.page(), "children-under-16");
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
