package app.heard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A page object for any Heard page: finds things by role and accessible name, waits for
 * the page's {@code h1}, and asserts nothing itself.
 */
public final class PortalPage {

	private final Page page;

	private final String baseUrl;

	public PortalPage(Page page, int port) {
		this.page = page;
		this.baseUrl = "http://localhost:" + port;
	}

	public Page page() {
		return page;
	}

	public PortalPage open(String path) {
		page.navigate(baseUrl + path);
		settled();
		return this;
	}

	/**
	 * Waits for a page loaded in full to be in its place. Vaadin shows the first view,
	 * then its router renders it into {@code #outlet} again as the client starts (a
	 * MutationObserver sees it taken out and put back): anything focused before that
	 * loses focus, so keys typed straight after the heading appears would go nowhere
	 * (seen as a draft saved as its first character only). The router says when it has
	 * rendered ({@link Browsers#context}); pages that are not Vaadin's have no outlet.
	 */
	private void settled() {
		heading().waitFor();
		page.waitForFunction("() => !document.getElementById('outlet') || window.heardRouted === true"
				+ " || window.heardRouterWatch !== true");
	}

	/**
	 * Signs in with the keyboard only: Tab to "Sign in", Enter, then the demo account's
	 * button on the provider.
	 */
	public PortalPage signInWithKeyboard(String accountButton) {
		return signInWithKeyboard(accountButton, "**/children");
	}

	/**
	 * The same, for a person whose first page after signing in is not their list of
	 * children (a young person's handover).
	 */
	public PortalPage signInWithKeyboard(String accountButton, String landing) {
		open("/");
		tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")));
		page.keyboard().press("Enter");
		var account = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(accountButton));
		account.waitFor();
		tabTo(account);
		page.keyboard().press("Enter");
		page.waitForURL(landing);
		settled();
		return this;
	}

	/**
	 * Signs in with the keyboard as any account of the embedded provider, typing its name
	 * in the provider's "anyone else" field.
	 */
	public PortalPage signInWithKeyboardAs(String subject, String landing) {
		open("/");
		tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")));
		page.keyboard().press("Enter");
		var field = page.getByLabel("Or sign in as anyone else");
		field.waitFor();
		tabTo(field);
		page.keyboard().type(subject);
		page.keyboard().press("Enter");
		page.waitForURL(landing);
		settled();
		return this;
	}

	/**
	 * Presses Tab until the element has focus; fails if it is never reached by keyboard.
	 */
	public void tabTo(Locator target) {
		for (int presses = 0; presses < 40; presses++) {
			if ((Boolean) target.evaluate("element => element === document.activeElement")) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Could not reach " + target + " with the Tab key");
	}

	/**
	 * Presses "Save and continue" by keyboard this many times, waiting each time for the
	 * next page (its address has changed and its heading is there) and checking it with
	 * axe, so a journey is checked at every step.
	 */
	public void saveAndContinue(int times) {
		for (int question = 0; question < times; question++) {
			String from = url();
			tabTo(button("Save and continue"));
			page.keyboard().press("Enter");
			page.waitForCondition(() -> !url().equals(from));
			heading().waitFor();
			AxeAudit.check(page, "journey-step"
					+ url().replaceFirst("^https?://[^/]+/children/[^/]+", "").replaceAll("[^a-z0-9]+", "-"));
		}
	}

	public Locator heading() {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	public Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	public Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	public Locator text(String text) {
		return page.getByText(text);
	}

	public String url() {
		return page.url();
	}

}
