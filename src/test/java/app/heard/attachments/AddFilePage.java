package app.heard.attachments;

import app.heard.PortalPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.Locale;

/**
 * From a views question to the add-file page and back, by keyboard but for the file
 * picker, and what the question page's live region says about its files.
 */
final class AddFilePage {

	private AddFilePage() {
	}

	static final String PHOTO = "Add a photo";

	static final String VIDEO = "Record a video";

	static final String VOICE = "Record my voice";

	static final String DOCUMENT = "Add a document";

	/**
	 * Adds the file to the question's answer, through the button a person would press for
	 * a file of its kind, and comes back once it is sent.
	 */
	static void add(PortalPage portal, String question, Path file) {
		open(portal, buttonFor(file)).setInputFiles(file);
		waitUntilSent(portal, file);
		backTo(portal, question);
	}

	/** Opens the add-file page through one of the buttons; gives its file chooser. */
	static Locator open(PortalPage portal, String button) {
		portal.tabTo(portal.link(button));
		portal.page().keyboard().press("Enter");
		portal.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(button)).waitFor();
		var chooser = portal.page().locator("heard-upload input[type=file]");
		chooser.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
		return chooser;
	}

	private static String buttonFor(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String extension = name.substring(name.lastIndexOf('.') + 1);
		return switch (extension) {
			case "mp4", "mov", "webm", "3gp" -> VIDEO;
			case "ogg", "opus", "m4a", "mp3", "wav" -> VOICE;
			case "pdf" -> DOCUMENT;
			default -> PHOTO;
		};
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
