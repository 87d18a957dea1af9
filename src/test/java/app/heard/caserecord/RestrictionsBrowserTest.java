package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone, signed in through the real identity provider: the co-ordinator records from
 * the case page that a safeguarding concern keeps the address and school from one parent
 * (axe on every page, the error state too); that parent's browser then never receives
 * them — not in the page, not in any Vaadin UIDL response — while the other parent's
 * does.
 */
@IntegrationTest
class RestrictionsBrowserTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@LocalServerPort
	int port;

	CaseFixture kase;

	@BeforeEach
	void importTheCase() {
		kase = CaseFixture.create(importer, signIn,
				List.of(Member.of("ann", CaseRole.PARENT_CARER), Member.of("ben", CaseRole.PARENT_CARER)),
				List.of("coordinator"));
	}

	@Test
	void the_co_ordinator_records_a_restriction_and_the_details_never_reach_the_restricted_parents_browser() {
		try (BrowserContext context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = signIn(context, kase.subject("coordinator"));
			portal.link("Jo").click();
			portal.heading().filter(new Locator.FilterOptions().setHasText("Jo's EHC plan")).waitFor();
			portal.link("Restrictions on who can see what").click();
			portal.heading().filter(new Locator.FilterOptions().setHasText("Restrictions on Jo's case")).waitFor();
			assertThat(portal.text("No one involved in this case is restricted.").isVisible()).isTrue();
			AxeAudit.check(portal.page(), "restriction-journey-none");

			portal.link("Record a restriction").click();
			portal.heading().filter(new Locator.FilterOptions().setHasText("Record a restriction")).waitFor();
			AxeAudit.check(portal.page(), "restriction-journey-form");
			portal.button("Record restriction").click();
			var summary = portal.page().locator(".error-summary");
			summary.waitFor();
			assertThat(summary.textContent()).contains("Select who the restriction is for")
				.contains("Select why they are restricted")
				.contains("Select what the restriction stops them seeing");
			assertThat(portal.page().title()).startsWith("Error: ");
			AxeAudit.check(portal.page(), "restriction-journey-errors");

			portal.page().getByLabel(kase.displayName("ben")).check();
			portal.page().getByLabel("A safeguarding concern").check();
			portal.page().getByLabel("Keep some details from them").check();
			portal.button("Record restriction").click();
			// Hiding details but none chosen: asked again, nothing chosen is lost
			portal.page()
				.locator(".error-summary")
				.filter(new Locator.FilterOptions().setHasText("Select which details to keep from them"))
				.waitFor();
			assertThat(portal.page().getByLabel(kase.displayName("ben")).isChecked()).isTrue();
			assertThat(portal.page().getByLabel("A safeguarding concern").isChecked()).isTrue();
			portal.page().getByLabel("the child's home address").check();
			portal.page().getByLabel("the school or setting").check();
			portal.button("Record restriction").click();

			portal.heading().filter(new Locator.FilterOptions().setHasText("Restrictions on Jo's case")).waitFor();
			var card = portal.page()
				.getByRole(AriaRole.HEADING,
						new Page.GetByRoleOptions().setName(kase.displayName("ben") + ", parent or carer"));
			card.waitFor();
			assertThat(portal.text("Can see the case, but not: the child's home address, the school or setting")
				.isVisible()).isTrue();
			AxeAudit.check(portal.page(), "restriction-journey-recorded");
		}

		var bens = everythingTheBrowserReceives(kase.subject("ben"));
		assertThat(bens).as("Ben's browser got the case page").anyMatch(body -> body.contains("Jo's EHC plan"));
		assertThat(bens).noneMatch(body -> body.contains(CaseFixture.SETTING))
			.noneMatch(body -> body.contains(CaseFixture.ADDRESS));

		// The same search finds them in the other parent's browser
		var anns = everythingTheBrowserReceives(kase.subject("ann"));
		assertThat(anns).anyMatch(body -> body.contains(CaseFixture.SETTING))
			.anyMatch(body -> body.contains(CaseFixture.ADDRESS));
	}

	/**
	 * Signs in, opens the list and the case page, and returns the body of every HTML,
	 * script and JSON (UIDL) response the browser received on the way.
	 *
	 * <p>
	 * Read through Chromium's own DevTools protocol: the responses are noted as they
	 * finish loading, and their bodies asked for once the page has settled, each answered
	 * at once (or with an error for one the browser no longer holds). Playwright's
	 * {@code Request.response()} and {@code Response.text()} wait on the network's
	 * promises instead, and twice one never settled and a full run hung here.
	 */
	private List<String> everythingTheBrowserReceives(String subject) {
		try (BrowserContext context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var page = context.newPage();
			var devTools = context.newCDPSession(page);
			var wanted = new ConcurrentHashMap<String, Boolean>();
			var finished = new ConcurrentLinkedQueue<String>();
			devTools.on("Network.responseReceived", event -> {
				var response = event.getAsJsonObject("response");
				String type = response.get("mimeType").getAsString();
				if (response.get("status").getAsInt() / 100 == 2
						&& (type.contains("html") || type.contains("json") || type.contains("javascript"))) {
					wanted.put(event.get("requestId").getAsString(), true);
				}
			});
			devTools.on("Network.loadingFinished", event -> finished.add(event.get("requestId").getAsString()));
			devTools.send("Network.enable");
			var portal = signIn(new PortalPage(page, port), subject);
			portal.link("Jo").click();
			portal.heading().filter(new Locator.FilterOptions().setHasText("Jo's EHC plan")).waitFor();
			page.waitForLoadState();
			var bodies = new ArrayList<String>();
			for (String requestId : List.copyOf(finished)) {
				if (!wanted.containsKey(requestId)) {
					continue;
				}
				var params = new JsonObject();
				params.addProperty("requestId", requestId);
				try {
					var body = devTools.send("Network.getResponseBody", params);
					String text = body.get("body").getAsString();
					bodies.add(body.get("base64Encoded").getAsBoolean()
							? new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8) : text);
				}
				catch (PlaywrightException goneWithItsPage) {
					// a page navigated away from (the provider's) no longer holds its
					// body
				}
			}
			devTools.detach();
			return bodies;
		}
	}

	private PortalPage signIn(BrowserContext context, String subject) {
		return signIn(new PortalPage(context.newPage(), port), subject);
	}

	private PortalPage signIn(PortalPage portal, String subject) {
		portal.open("/");
		portal.link("Sign in").click();
		portal.page().getByLabel("Or sign in as anyone else").fill(subject);
		portal.button("Sign in").click();
		portal.page().waitForURL("**/children");
		portal.heading().waitFor();
		return portal;
	}

}
