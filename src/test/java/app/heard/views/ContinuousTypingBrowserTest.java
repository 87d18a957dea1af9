package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Browsers;
import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.PortalPage;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.identity.internal.TestSignIn;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone who types on without ever pausing for a second is still saved every few
 * seconds, not only when they stop: a phone that dies mid-sentence loses at most a few
 * seconds of typing.
 */
@IntegrationTest
class ContinuousTypingBrowserTest {

	private static final String QUESTION = "Important things to know about your family history";

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	ViewsService views;

	@LocalServerPort
	int port;

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void typing_without_a_pause_is_saved_before_the_typing_stops() {
		var kase = CaseFixture.create(importer, signIn, List.of(Member.of("ann", CaseRole.PARENT_CARER)), List.of());
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.subject("ann"),
					"**/children");
			portal.open("/children/" + kase.id() + "/views/our-views/family-history");
			var answer = portal.page().getByLabel(QUESTION);
			answer.focus();
			var saved = portal.page()
				.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("Saved at"));

			// Ten words a second, with never more than a tenth of a second between keys:
			// the one-second pause that saves never comes
			String typed = "";
			boolean savedWhileTyping = false;
			for (int second = 0; second < 9 && !savedWhileTyping; second++) {
				String words = "word" + second + " is ";
				portal.page().keyboard().type(words, new Keyboard.TypeOptions().setDelay(100));
				typed += words;
				savedWhileTyping = saved.isVisible();
			}

			assertThat(savedWhileTyping).as("saved while the typing went on").isTrue();
			signIn.as(kase.subject("ann"));
			String draft = views.open(kase.id(), ViewKind.PARENT_CARER).answers().get(Question.FAMILY_HISTORY).text();
			assertThat(draft).isNotBlank();
			assertThat(typed).startsWith(draft);
		}
	}

}
