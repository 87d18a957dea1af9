package app.heard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, started once per test run. Playwright never
 * downloads a browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, set by the build).
 */
public final class Browsers {

	public static final int PHONE_WIDTH = 320;

	public static final int DESKTOP_WIDTH = 1280;

	private static Playwright playwright;

	private static Browser browser;

	private Browsers() {
	}

	public static synchronized Browser chromium() {
		if (browser == null) {
			playwright = Playwright.create();
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable()))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
							// A microphone for "Record my voice": a steady tone, never a
							// real device; a context still has to be granted it
							"--use-fake-device-for-media-stream")));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

	/**
	 * A fresh browser profile (no cookies, no service worker) at the given width, like a
	 * phone's screen.
	 */
	public static BrowserContext context(int width) {
		var context = chromium().newContext(new Browser.NewContextOptions().setViewportSize(width, 740)
			.setLocale("en-GB")
			.setTimezoneId("Europe/London"));
		// A 2-core machine building and testing at once can take more than Playwright's
		// 30 s to answer a page; waits stay bounded, and a real failure still fails
		context.setDefaultTimeout(60_000);
		// Vaadin's router puts a fully loaded page's first view in place again after it
		// is first shown, just after saying it has rendered (PortalPage waits for this)
		context.addInitScript("window.heardRouterWatch = true; window.addEventListener("
				+ "'vaadin-router-location-changed', () => setTimeout(() => { window.heardRouted = true; }, 50));");
		return context;
	}

	private static String executable() {
		return System.getenv().getOrDefault("HEARD_CHROMIUM", "/usr/bin/chromium");
	}

}
