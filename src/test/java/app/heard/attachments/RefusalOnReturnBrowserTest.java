package app.heard.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.AxeAudit;
import app.heard.Browsers;
import app.heard.IntegrationTest;
import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.PortalPage;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file refused while the parent was on another page is not only shown when they come
 * back to the question: a screen reader hears why too, although nothing changed while the
 * page was open.
 */
@IntegrationTest
class RefusalOnReturnBrowserTest {

	private static final String REFUSAL = "We can't use this kind of file";

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@TempDir
	Path media;

	@Test
	void a_refusal_that_came_while_away_is_said_on_coming_back() throws Exception {
		Path disguised = Files.writeString(media.resolve("swimming.jpg"),
				"<!DOCTYPE html><html><body>not a picture</body></html>", StandardCharsets.UTF_8);

		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			// A case of its own: the demo case's files are other tests' too
			var kase = CaseFixture.create(importer, signIn, List.of(Member.of("ann", CaseRole.PARENT_CARER)),
					List.of());
			signIn.signOut();
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.subject("ann"),
					"**/children");
			String question = "/children/" + kase.id() + "/views/about-me/important-to-me";
			portal.open(question);
			AddFilePage.open(portal, AddFilePage.PHOTO).setInputFiles(disguised);
			AddFilePage.waitUntilSent(portal, disguised);

			// The question again in another tab, until the refusal is there as it opens:
			// then nothing changes while it is open, and only coming back can say it
			Page later = context.newPage();
			var back = new PortalPage(later, port);
			boolean refusedOnArrival = false;
			for (int look = 0; look < 45 && !refusedOnArrival; look++) {
				back.open(question);
				refusedOnArrival = later.locator("#attachments .error-message").count() > 0;
				if (!refusedOnArrival) {
					later.waitForTimeout(2000);
				}
			}
			assertThat(refusedOnArrival).as("refused before the parent came back").isTrue();
			PlaywrightAssertions.assertThat(later.locator("#attachments > [role=status]"))
				.containsText(REFUSAL, new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
			AxeAudit.check(later, "attachments-refused-on-return");
		}
	}

}
