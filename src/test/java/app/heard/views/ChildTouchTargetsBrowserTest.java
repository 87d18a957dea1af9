package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of a child's About Me, at 320 px: nothing a finger has to hit is smaller
 * than 44 x 44 px (the figure; WCAG 2.5.8 asks only 24). The pages are found from
 * the About Me start page as a child would find them, with each of the buttons for adding
 * a photo, video, voice or document, the outcome pages and the check page. Links inside
 * running text are the one exception WCAG makes, and so do we.
 */
@IntegrationTest
class ChildTouchTargetsBrowserTest {

	/**
	 * What a finger presses: controls, and links that stand on their own (buttons, back
	 * links, list rows), not those inside a sentence. Only what is shown counts.
	 */
	private static final String SMALL_TARGETS = """
			() => [...document.querySelectorAll('main button, main input:not([type=hidden]), main textarea,'
			    + ' main select, main summary, main a.button, main a.back-link, main li > a, main dd a')]
			  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
			  .map(e => ({ box: e.getBoundingClientRect(), what: e.outerHTML.slice(0, 100) }))
			  .filter(t => t.box.width < 44 || t.box.height < 44)
			  .map(t => Math.round(t.box.width) + 'x' + Math.round(t.box.height) + ' ' + t.what)""";

	@LocalServerPort
	int port;

	@Test
	void every_about_me_page_has_touch_targets_of_at_least_44_px() {
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.link("Give Ellie's views (About Me)").click();
			portal.page().waitForURL("**/views/about-me");
			String start = path(portal.url());

			// Every page reachable from the start page by its links, as a child finds
			// them
			// (the add-file buttons beside each answer among them), and an outcome and
			// the
			// check page, which the start page reaches through Continue
			Set<String> pages = new LinkedHashSet<>(List.of(start, start + "/outcomes/1", start + "/check"));
			Deque<String> toVisit = new ArrayDeque<>(pages);
			Map<String, List<String>> small = new LinkedHashMap<>();
			while (!toVisit.isEmpty()) {
				String page = toVisit.removeFirst();
				portal.open(page);
				@SuppressWarnings("unchecked")
				var found = (List<String>) portal.page().evaluate(SMALL_TARGETS);
				if (!found.isEmpty()) {
					small.put(page, found);
				}
				for (String link : linksUnder(portal, start)) {
					if (pages.add(link)) {
						toVisit.addLast(link);
					}
				}
			}
			assertThat(pages).as("every kind of add-file page, beside each answer")
				.filteredOn(page -> page.contains("/add-file?what="))
				.hasSizeGreaterThan(20)
				.anyMatch(page -> page.endsWith("=voice"));
			assertThat(pages).as("the pages looked at").hasSizeGreaterThan(20);
			assertThat(small).as("touch targets under 44 x 44 px on a child's pages").isEmpty();
		}
	}

	private static List<String> linksUnder(PortalPage portal, String start) {
		@SuppressWarnings("unchecked")
		var hrefs = (List<String>) portal.page()
			.evaluate("() => [...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href'))");
		var pages = new ArrayList<String>();
		for (String href : hrefs) {
			String path = href.startsWith("/") ? href : "/" + href;
			if (path.startsWith(start + "/")) {
				pages.add(path);
			}
		}
		return pages;
	}

	private static String path(String url) {
		return url.replaceFirst("^https?://[^/]+", "");
	}

}
