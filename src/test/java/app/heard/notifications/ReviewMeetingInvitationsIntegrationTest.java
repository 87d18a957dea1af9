package app.heard.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.Inbox;
import app.heard.IntegrationTest;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.identity.internal.TestSignIn;
import app.heard.shell.DisplayFormats;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A calendar invitation for the review meeting when the LA sets or moves it, through the
 * real import path and the real SMTP server.
 */
@IntegrationTest
class ReviewMeetingInvitationsIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	MyNotifications mine;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void the_family_gets_a_calendar_invitation_in_utc_that_names_neither_the_child_nor_the_place() throws Exception {
		var kase = CaseFixture.create(importer, signIn,
				List.of(Member.of("parent", CaseRole.PARENT_CARER), Member.of("advocate", CaseRole.ADVOCATE)),
				List.of("coordinator"));
		for (String key : List.of("parent", "advocate", "coordinator")) {
			signIn.reachAt(kase.subject(key), email(kase, key));
		}
		// A summer date: 14:30 in England is 13:30 UTC
		var meeting = LocalDateTime.of(LocalDate.now().getYear() + 1, 7, 8, 14, 30);

		kase.laArrangesMeetingAt(meeting);

		var message = Inbox.awaitMessageTo(smtp, email(kase, "parent"));
		assertThat(message.getSubject()).isEqualTo(
				"Your child's review meeting is on " + DisplayFormats.longDate(meeting.toLocalDate()) + " at 2:30pm");
		String calendar = calendarIn(message);
		assertThat(calendar).startsWith("BEGIN:VCALENDAR")
			.contains("METHOD:PUBLISH", "BEGIN:VEVENT", "SUMMARY:EHC plan review meeting", "DTSTART:" + utc(meeting));
		signIn.as(kase.subject("parent"));
		var notice = mine.readAll();
		assertThat(notice).extracting(Notification::kind).containsExactly(NotificationKind.REVIEW_MEETING);
		// The body as emailed is the body as listed
		for (String personal : List.of("Jo", "Joanna", "Morgan", CaseFixture.SETTING, "Quarry")) {
			assertThat(calendar).doesNotContain(personal);
			assertThat(notice.getFirst().body()).doesNotContain(personal);
		}
		Inbox.awaitMessageTo(smtp, email(kase, "advocate"));
		assertThat(queuedFor(kase, "coordinator")).isZero();
	}

	@Test
	void a_moved_meeting_is_sent_again_as_the_same_event() throws Exception {
		var kase = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)), List.of());
		signIn.reachAt(kase.subject("parent"), email(kase, "parent"));
		var first = LocalDateTime.of(LocalDate.now().getYear() + 1, 1, 12, 9, 0);
		kase.laArrangesMeetingAt(first);
		Inbox.awaitMessageTo(smtp, email(kase, "parent"));

		kase.laArrangesMeetingAt(first.plusDays(7));

		var both = Inbox.awaitMessagesTo(smtp, email(kase, "parent"), 2);
		String before = calendarIn(both.get(0));
		String after = calendarIn(both.get(1));
		assertThat(uid(after)).isEqualTo(uid(before));
		// Winter: England is on UTC. In either order: both emails are sent in the
		// background
		assertThat(before + after).contains("DTSTART:" + utc(first), "DTSTART:" + utc(first.plusDays(7)));
	}

	private static String utc(LocalDateTime local) {
		return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.format(local.atZone(ZoneId.of("Europe/London")).withZoneSameInstant(ZoneOffset.UTC));
	}

	private static String uid(String calendar) {
		var matcher = Pattern.compile("UID:(\\S+)").matcher(calendar);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String calendarIn(MimeMessage message) throws Exception {
		return calendarIn((Multipart) message.getContent());
	}

	private static String calendarIn(Multipart parts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				try {
					return calendarIn(nested);
				}
				catch (AssertionError notInThisOne) {
					continue;
				}
			}
			if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
				assertThat(part.getContentType()).contains("method=PUBLISH");
				var out = new ByteArrayOutputStream();
				part.getInputStream().transferTo(out);
				return out.toString(StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No calendar invitation attached");
	}

	private long queuedFor(CaseFixture kase, String key) {
		return jdbc.queryForObject("select count(*) from mail_delivery where recipient = ?", Long.class,
				email(kase, key));
	}

	private static String email(CaseFixture kase, String key) {
		return kase.subject(key) + "@example.org";
	}

}
