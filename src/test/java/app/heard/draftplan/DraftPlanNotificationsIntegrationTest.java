package app.heard.draftplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.Inbox;
import app.heard.IntegrationTest;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseSnapshot.CommentResponse;
import app.heard.caserecord.CaseSnapshot.ResponseKind;
import app.heard.identity.internal.TestSignIn;
import app.heard.notifications.MyNotifications;
import app.heard.notifications.Notification;
import app.heard.shell.DisplayFormats;
import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Emails about a draft plan, through the real SMTP server of the embedded profile: who is
 * told, what it says, and that it never names the child.
 */
@IntegrationTest
class DraftPlanNotificationsIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MyNotifications notifications;

	@LocalServerPort
	int port;

	DraftPlanCase kase;

	@BeforeEach
	void aDraftAndPeopleWithEmail() {
		kase = new DraftPlanCase(importer, signIn, LocalDate.now());
		for (String account : new String[] { kase.firstParent, kase.secondParent, kase.advocate, kase.coordinator }) {
			signIn.reachAt(account, email(account));
		}
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void everyone_who_may_comment_is_told_the_draft_is_ready_and_by_when_without_the_childs_details() throws Exception {
		LocalDate served = LocalDate.now();
		kase.laServesAgainOn(served);

		var message = Inbox.awaitMessageTo(smtp, email(kase.firstParent));
		assertThat(Inbox.awaitMessageTo(smtp, email(kase.secondParent))).isNotNull();
		String text = Inbox.text(message);
		assertThat(message.getSubject()).isEqualTo("A draft EHC plan is ready for you to check");
		assertThat(text).contains("Comments are due by " + DisplayFormats.longDate(served.plusDays(14)) + ".")
			.doesNotContain("Mia", "Amelia", "Stone", "Oak School");
		// Queued as the import commits: the advocate (whom the family has not asked to
		// comment) and the co-ordinator are not told
		assertThat(queuedFor(kase.advocate)).isZero();
		assertThat(queuedFor(kase.coordinator)).isZero();
		assertThat(queuedFor(kase.firstParent)).isEqualTo(1);
		assertThat(Inbox.link(message))
			.isEqualTo("http://localhost:" + port + "/children/" + kase.id.value() + "/draft-plan");
	}

	@Test
	void the_list_of_notifications_says_what_the_email_said_and_only_to_whom_it_was_sent() {
		kase.laServesAgainOn(LocalDate.now());
		var message = Inbox.awaitMessageTo(smtp, email(kase.firstParent));

		signIn.as(kase.firstParent);
		assertThat(notifications.unreadCount()).isEqualTo(1);
		assertThat(notifications.readAll()).singleElement().satisfies(notification -> {
			assertThat(notification.subject()).isEqualTo("A draft EHC plan is ready for you to check");
			assertThat(notification.body()).contains(
					"Comments are due by " + DisplayFormats.longDate(LocalDate.now().plusDays(14)) + ".",
					Inbox.link(message));
			assertThat(notification.path()).isEqualTo("children/" + kase.id.value() + "/draft-plan");
			assertThat(notification.unread()).isTrue();
		});
		// Opening the list reads them
		assertThat(notifications.unreadCount()).isZero();
		assertThat(notifications.readAll()).singleElement()
			.satisfies(notification -> assertThat(notification.unread()).isFalse());

		signIn.as(kase.advocate);
		assertThat(notifications.readAll()).isEmpty();
		signIn.as(kase.coordinator);
		assertThat(notifications.readAll()).isEmpty();
	}

	@Test
	void the_author_of_a_sent_comment_hears_when_the_la_answers_it() throws Exception {
		signIn.as(kase.firstParent);
		comments.save(kase.id, Target.section("A"), "She loves drawing too.", DraftPlanComments.NEW);
		comments.submit(kase.id);
		var comment = comments.open(kase.id).commentOn(Target.section("A")).orElseThrow();
		signIn.signOut();

		kase.laResponds(new CommentResponse(comment.id(), 1, ResponseKind.ACCEPTED, null));

		var message = Inbox.awaitMessageTo(smtp, email(kase.firstParent));
		assertThat(message.getSubject()).isEqualTo("The council has answered your comments on a draft EHC plan");
		assertThat(Inbox.text(message)).doesNotContain("Mia", "drawing");
		// The page the email links to keeps the answer once the final plan replaces the
		// draft ("you said, we did" in the final plan's changes)
		assertThat(Inbox.link(message))
			.isEqualTo("http://localhost:" + port + "/children/" + kase.id.value() + "/your-comments");
		kase.laIssuesTheFinalPlan(List.of(new CommentResponse(comment.id(), 1, ResponseKind.ACCEPTED, null)));
		signIn.as(kase.firstParent);
		assertThatThrownBy(() -> comments.open(kase.id)).isInstanceOf(NoDraftPlanException.class);
		assertThat(comments.sentComments(kase.id)).singleElement().satisfies(answered -> {
			assertThat(answered.comment().text()).isEqualTo("She loves drawing too.");
			assertThat(answered.response())
				.hasValueSatisfying(response -> assertThat(response.kind()).isEqualTo(ResponseKind.ACCEPTED));
		});
		signIn.as(kase.secondParent);
		assertThat(comments.sentComments(kase.id)).isEmpty();
		signIn.signOut();
		assertThat(queuedFor(kase.secondParent)).isZero();
		signIn.as(kase.firstParent);
		assertThat(notifications.readAll()).extracting(Notification::subject)
			.containsExactly("The council has answered your comments on a draft EHC plan");
		signIn.as(kase.secondParent);
		assertThat(notifications.readAll()).isEmpty();
	}

	private long queuedFor(String account) {
		return jdbc.queryForObject("select count(*) from mail_delivery where recipient = ?", Long.class,
				email(account));
	}

	private static String email(String account) {
		return account.toLowerCase() + "@example.org";
	}

}
