package app.heard.attachments;

import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/**
 * From a views question to the add-file page and back, by keyboard but for the file
 * picker, and what the question page's live region says about its files.
 */
final class AddFilePage {

	private AddFilePage() {
	}

	/** Adds the file to the question's answer and comes back once it is sent. */
	static void add(PortalPage portal, String question, Path file) {
		open(portal).setInputFiles(file);
		waitUntilSent(portal, file);
		backTo(portal, question);
	}

	/** Opens the add-file page; gives its file chooser. */
	static Locator open(PortalPage portal) {
		portal.tabTo(portal.link("Add a photo, video, voice recording or scan"));
		portal.page().keyboard().press("Enter");
		var chooser = portal.page().getByLabel("Choose a file");
		chooser.waitFor();
		return chooser;
	}

	/** The upload's own live region. */
	static Locator uploadStatus(PortalPage portal) {
		return portal.page().locator("heard-upload").getByRole(AriaRole.STATUS);
	}

	static void waitUntilSent(PortalPage portal, Path file) {
		PlaywrightAssertions.assertThat(uploadStatus(portal))
			.containsText(file.getFileName() + " is sent.",
					new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
	}

	static void backTo(PortalPage portal, String question) {
		portal.tabTo(portal.link("Back to the question"));
		portal.page().keyboard().press("Enter");
		portal.page().getByLabel(question).waitFor();
	}

	/** Waits for the question page's files live region to say this. */
	static void status(Page page, String text) {
		PlaywrightAssertions.assertThat(page.locator("#attachments > [role=status]"))
			.containsText(text, new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
	}

}
