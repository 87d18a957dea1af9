package app.heard.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.Inbox;
import app.heard.IntegrationTest;
import app.heard.TestClock;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.Target;
import app.heard.identity.internal.TestSignIn;
import app.heard.reminders.internal.DeadlineReminders;
import app.heard.shell.DisplayFormats;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily reminder job against the real SMTP server, with the application's clock moved
 * on to the days before each deadline. A case of this test's own has views due in 14 days
 * (CaseFixture); one with a draft served two days ago has comments due in 12.
 */
@IntegrationTest
class DeadlineRemindersIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@Autowired
	DeadlineReminders job;

	@Autowired
	ViewsService views;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void backToToday() {
		signIn.signOut();
		clock.reset();
	}

	@Test
	void each_parent_who_has_not_sent_their_views_is_reminded_once_three_days_before_they_are_due() throws Exception {
		var kase = family(false);
		LocalDate due = LocalDate.now().plusWeeks(2);

		clock.moveOn(Duration.ofDays(10));
		job.remind();
		assertThat(queuedFor(kase, "parent-1")).isZero();

		clock.moveOn(Duration.ofDays(1));
		job.remind();
		job.remind();

		var reminder = Inbox.awaitMessageTo(smtp, email(kase, "parent-1"));
		assertThat(reminder.getSubject()).isEqualTo("Reminder: views for an EHC plan review are due soon");
		assertThat(Inbox.text(reminder)).contains("due by " + DisplayFormats.longDate(due))
			.doesNotContain("Jo", "Joanna", "Morgan", CaseFixture.SETTING);
		assertThat(Inbox.link(reminder)).isEqualTo("http://localhost:" + port + "/children/" + kase.id().value());
		assertThat(queuedFor(kase, "parent-1")).isEqualTo(1);
		assertThat(noticesFor(kase, "parent-1")).isEqualTo(1);
	}

	@Test
	void a_parent_who_has_sent_their_views_gets_no_reminder_and_helpers_get_none() {
		var kase = family(false);
		signIn.as(kase.subject("parent-2"));
		views.submit(kase.id(), ViewKind.PARENT_CARER);
		signIn.signOut();

		clock.moveOn(Duration.ofDays(11));
		job.remind();

		Inbox.awaitMessageTo(smtp, email(kase, "parent-1"));
		assertThat(queuedFor(kase, "parent-2")).isZero();
		assertThat(queuedFor(kase, "advocate")).isZero();
		assertThat(queuedFor(kase, "coordinator")).isZero();
	}

	@Test
	void only_those_who_have_not_sent_comments_are_reminded_three_days_before_the_window_closes() throws Exception {
		var kase = family(true);
		LocalDate lastDay = LocalDate.now().minusDays(2).plusDays(14);
		signIn.as(kase.subject("parent-2"));
		comments.save(kase.id(), Target.section("A"), "Trains, yes; buses too.", DraftPlanComments.NEW);
		comments.submit(kase.id());
		signIn.signOut();

		clock.moveOn(Duration.ofDays(8));
		job.remind();
		assertThat(queuedFor(kase, "parent-1")).isZero();

		clock.moveOn(Duration.ofDays(1));
		job.remind();
		job.remind();

		var reminder = Inbox.awaitMessageTo(smtp, email(kase, "parent-1"));
		assertThat(reminder.getSubject()).isEqualTo("Reminder: comments on a draft EHC plan are due soon");
		assertThat(Inbox.text(reminder)).contains("due by " + DisplayFormats.longDate(lastDay)).doesNotContain("Jo");
		assertThat(Inbox.link(reminder))
			.isEqualTo("http://localhost:" + port + "/children/" + kase.id().value() + "/draft-plan");
		assertThat(queuedFor(kase, "parent-1")).isEqualTo(1);
		assertThat(queuedFor(kase, "parent-2")).isZero();
		assertThat(queuedFor(kase, "coordinator")).isZero();
	}

	private CaseFixture family(boolean draftServed) {
		var kase = CaseFixture.create(importer, signIn,
				List.of(Member.of("parent-1", CaseRole.PARENT_CARER), Member.of("parent-2", CaseRole.PARENT_CARER),
						Member.of("advocate", CaseRole.ADVOCATE)),
				List.of("coordinator"), LocalDate.now().minusYears(9), draftServed);
		for (String key : List.of("parent-1", "parent-2", "advocate", "coordinator")) {
			signIn.reachAt(kase.subject(key), email(kase, key));
		}
		return kase;
	}

	private long queuedFor(CaseFixture kase, String key) {
		return jdbc.queryForObject("select count(*) from mail_delivery where recipient = ?", Long.class,
				email(kase, key));
	}

	private long noticesFor(CaseFixture kase, String key) {
		return jdbc.queryForObject("select count(*) from notification where person_id = ?", Long.class,
				kase.person(key).value());
	}

	private static String email(CaseFixture kase, String key) {
		return kase.subject(key) + "@example.org";
	}

}
