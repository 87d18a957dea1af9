package app.heard.benchmark;

import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * First load of the case page on a throttled phone (Lighthouse's mobile settings: 150 ms
 * round trip, 1.6 Mbit/s, 4x CPU slowdown), against a static HTML copy of the same
 * rendered page served by the same application. Prints JS/CSS bytes transferred
 * (compressed), LCP of each, and their ratio. Run with {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
@IntegrationTest
@Import({ FirstLoadBenchmark.StaticCopy.class, FirstLoadBenchmark.StaticCopySecurity.class })
class FirstLoadBenchmark {

	private static final int RUNS = 7;

	@LocalServerPort
	int port;

	@Test
	void case_page_first_load_on_a_throttled_phone() throws Exception {
		try (var context = Browsers.context(360)) {
			context
				.addInitScript("window.__lcp = 0; new PerformanceObserver(list => { for (const e of list.getEntries())"
						+ " window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });");
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboard("Jordan Taylor – parent");
			portal.link("Ellie").click();
			portal.heading().filter(new Locator.FilterOptions().setHasText("Ellie")).waitFor();
			String casePath = portal.url().replaceFirst("^https?://[^/]+", "");
			StaticCopy.html = staticCopyOf(portal.page());

			var portalRuns = new ArrayList<Load>();
			var staticRuns = new ArrayList<Load>();
			for (int run = 0; run < RUNS; run++) {
				portalRuns.add(throttledLoad(context.newPage(), casePath));
				staticRuns.add(throttledLoad(context.newPage(), "/benchmark/static-copy"));
			}
			report(portalRuns, staticRuns);
		}
	}

	/**
	 * The rendered page without scripts: what a server-rendered page with the same look
	 * would send.
	 */
	private static String staticCopyOf(Page page) {
		return "<!DOCTYPE html>" + page.evaluate("""
				() => { const copy = document.documentElement.cloneNode(true);
				  copy.querySelectorAll('script, heard-idle-warning').forEach(e => e.remove());
				  return copy.outerHTML; }""");
	}

	private Load throttledLoad(Page page, String path) {
		CDPSession cdp = page.context().newCDPSession(page);
		cdp.send("Network.enable");
		cdp.send("Network.setCacheDisabled", json(Map.of("cacheDisabled", true)));
		cdp.send("Network.emulateNetworkConditions", json(Map.of("offline", false, "latency", 150, "downloadThroughput",
				1_600_000 / 8, "uploadThroughput", 750_000 / 8)));
		cdp.send("Emulation.setCPUThrottlingRate", json(Map.of("rate", 4)));
		Map<String, String> types = new HashMap<>();
		long[] scriptAndStyleBytes = { 0 };
		cdp.on("Network.responseReceived",
				event -> types.put(event.get("requestId").getAsString(), event.get("type").getAsString()));
		cdp.on("Network.loadingFinished", event -> {
			String type = types.get(event.get("requestId").getAsString());
			if ("Script".equals(type) || "Stylesheet".equals(type)) {
				scriptAndStyleBytes[0] += event.get("encodedDataLength").getAsLong();
			}
		});
		page.navigate("http://localhost:" + port + path);
		page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
			.waitFor();
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		double lcp = ((Number) page.evaluate("window.__lcp")).doubleValue();
		page.close();
		return new Load(lcp, scriptAndStyleBytes[0]);
	}

	private static void report(List<Load> portal, List<Load> staticCopy) throws Exception {
		double portalLcp = median(portal.stream().map(Load::lcpMillis).toList());
		double staticLcp = median(staticCopy.stream().map(Load::lcpMillis).toList());
		double kb = median(portal.stream().map(l -> l.scriptAndStyleBytes() / 1024.0).toList());
		String result = String.format("""
				First load of the case page, %d runs each, medians (360 px, 150 ms RTT, 1.6 Mbit/s, 4x CPU):
				  JS+CSS transferred (compressed): %.1f KB  (goal <= 200 KB)
				  LCP portal:                      %.0f ms  (goal <= 2500 ms)
				  LCP static HTML copy:            %.0f ms
				  LCP ratio portal / static:       %.2f     (goal <= 2.0)
				""", RUNS, kb, portalLcp, staticLcp, portalLcp / staticLcp);
		System.out.println(result);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "first-load.txt"), result);
	}

	private static double median(List<Double> values) {
		var sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static JsonObject json(Map<String, Object> values) {
		var object = new JsonObject();
		values.forEach((key, value) -> {
			if (value instanceof Boolean b) {
				object.addProperty(key, b);
			}
			else {
				object.addProperty(key, (Number) value);
			}
		});
		return object;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StaticCopySecurity {

		@Bean
		@Order(0)
		SecurityFilterChain staticCopyChain(HttpSecurity http) throws Exception {
			return http.securityMatcher("/benchmark/**")
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.build();
		}

	}

	record Load(double lcpMillis, long scriptAndStyleBytes) {
	}

	/**
	 * Serves the static copy from the same application, with the same compression and
	 * security.
	 */
	@TestConfiguration
	@RestController
	static class StaticCopy {

		static volatile String html = "";

		@GetMapping(path = "/benchmark/static-copy", produces = MediaType.TEXT_HTML_VALUE)
		String staticCopy() {
			return html;
		}

	}

}
