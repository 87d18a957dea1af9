package app.heard.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.Inbox;
import app.heard.IntegrationTest;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.identity.internal.TestSignIn;
import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How often a person wants email, against the real SMTP server: whatever they choose, the
 * message is in their list.
 */
@IntegrationTest
class EmailChoiceIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	Notifications notifications;

	@Autowired
	MyNotifications mine;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcTemplate jdbc;

	CaseFixture kase;

	@BeforeEach
	void aFamily() {
		kase = CaseFixture.create(
				importer, signIn, List.of(Member.of("quiet", CaseRole.PARENT_CARER),
						Member.of("busy", CaseRole.PARENT_CARER), Member.of("reminded", CaseRole.PARENT_CARER)),
				List.of());
		for (String key : List.of("quiet", "busy", "reminded")) {
			signIn.reachAt(kase.subject(key), email(key));
		}
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void everyone_is_emailed_each_time_until_they_choose_otherwise() {
		signIn.as(kase.subject("busy"));
		assertThat(mine.emailChoice()).isEqualTo(EmailChoice.EACH_TIME);
	}

	@Test
	void a_person_who_chose_no_emails_gets_a_notification_and_no_email() {
		choose("quiet", EmailChoice.NONE);

		tellEveryone(NotificationKind.DRAFT_PLAN_SERVED);

		Inbox.awaitMessageTo(smtp, email("busy"));
		assertThat(queuedFor("quiet")).isZero();
		signIn.as(kase.subject("quiet"));
		assertThat(mine.emailChoice()).isEqualTo(EmailChoice.NONE);
		assertThat(mine.readAll()).extracting(Notification::subject)
			.containsExactly("A draft EHC plan is ready for you to check");
	}

	@Test
	void a_person_who_chose_reminders_only_is_emailed_reminders_and_nothing_else() throws Exception {
		choose("reminded", EmailChoice.REMINDERS_ONLY);

		tellEveryone(NotificationKind.DRAFT_PLAN_SERVED);
		Inbox.awaitMessageTo(smtp, email("busy"));
		assertThat(queuedFor("reminded")).isZero();

		notifications.remindOnce(kase.person("reminded"), kase.id(), NotificationKind.COMMENTS_DUE_SOON,
				UUID.randomUUID(), LocalDate.now().plusDays(3), "mail.comments-due.subject", "mail.comments-due.body",
				List.of("Friday 26 September"));
		assertThat(Inbox.awaitMessageTo(smtp, email("reminded")).getSubject())
			.isEqualTo("Reminder: comments on a draft EHC plan are due soon");
		signIn.as(kase.subject("reminded"));
		assertThat(mine.readAll()).hasSize(2);
	}

	private void choose(String key, EmailChoice choice) {
		signIn.as(kase.subject(key));
		mine.chooseEmail(choice);
		signIn.signOut();
	}

	private void tellEveryone(NotificationKind kind) {
		for (String key : List.of("quiet", "reminded", "busy")) {
			notifications.tell(kase.person(key), kase.id(), kind, "mail.draft-plan.subject", "mail.draft-plan.body",
					List.of("Friday 26 September"), Optional.empty());
		}
	}

	private long queuedFor(String key) {
		return jdbc.queryForObject("select count(*) from mail_delivery where recipient = ?", Long.class, email(key));
	}

	private String email(String key) {
		return kase.subject(key) + "@example.org";
	}

}
