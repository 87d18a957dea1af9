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
import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text is plain text: HTML typed into an answer is shown as the characters typed on the
 * check page and on the page of what was sent, and no element is made from it.
 */
@IntegrationTest
class AnswersAsTextBrowserTest {

	private static final String HTML = "<script>alert(1)</script><b>x</b>";

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
	void html_typed_into_an_answer_is_shown_as_text_when_checked_and_once_sent() {
		var kase = CaseFixture.create(importer, signIn, List.of(Member.of("ann", CaseRole.PARENT_CARER)), List.of());
		try (var context = Browsers.context(Browsers.PHONE_WIDTH)) {
			var portal = new PortalPage(context.newPage(), port).signInWithKeyboardAs(kase.subject("ann"),
					"**/children");
			List<String> dialogs = new ArrayList<>();
			portal.page().onDialog(dialog -> {
				dialogs.add(dialog.message());
				dialog.dismiss();
			});
			String start = "/children/" + kase.id() + "/views/our-views";
			portal.open(start + "/family-history");
			// Typed as a person types, key by key, then left until the whole answer is
			// saved (the page saves as typing goes on and after a pause)
			portal.page()
				.getByLabel("Important things to know about your family history")
				.pressSequentially(HTML, new Locator.PressSequentiallyOptions().setDelay(30));
			for (int look = 0; look < 100 && !HTML.equals(savedDraft(kase)); look++) {
				portal.page().waitForTimeout(200);
			}
			assertThat(savedDraft(kase)).as("the whole answer is saved").isEqualTo(HTML);

			portal.open(start + "/check");
			assertThat(portal.page().locator(".answer-text").allTextContents()).contains(HTML);
			assertThat(portal.page().locator("main b, main script").count()).as("no element made from the answer")
				.isZero();

			portal.button("Send").click();
			portal.page().waitForURL("**/sent");
			portal.heading().waitFor();
			assertThat(portal.page().locator("main b, main script").count()).isZero();
			portal.link("See or print what you sent").click();
			portal.page().waitForURL("**/views/sent/*");
			portal.heading().waitFor();
			assertThat(portal.page().locator(".answer-text").allTextContents()).contains(HTML);
			assertThat(portal.page().locator("main b, main script").count()).isZero();
			assertThat(dialogs).as("nothing typed ran").isEmpty();
		}
	}

	private String savedDraft(CaseFixture kase) {
		signIn.as(kase.subject("ann"));
		try {
			var answer = views.open(kase.id(), ViewKind.PARENT_CARER).answers().get(Question.FAMILY_HISTORY);
			return answer == null ? null : answer.text();
		}
		finally {
			signIn.signOut();
		}
	}

}
