package app.heard.notifications.internal;

import app.heard.caserecord.ReviewId;
import app.heard.mail.Email;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A review meeting as an iCalendar (RFC 5545) event a phone's calendar can add: one UID
 * per review, so a moved meeting replaces the one already added (SEQUENCE grows with each
 * change), the start in UTC, and a summary that names neither the child nor the place.
 */
final class MeetingCalendar {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private MeetingCalendar() {
	}

	static Email.Attachment invitation(ReviewId review, LocalDateTime meetingAt, String summary, Instant now) {
		String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Heard//EHC plan reviews//EN",
				"METHOD:PUBLISH", "BEGIN:VEVENT", "UID:review-" + review.value() + "@heard",
				"SEQUENCE:" + now.getEpochSecond(), "DTSTAMP:" + UTC.format(now),
				"DTSTART:" + UTC.format(meetingAt.atZone(ENGLAND).toInstant()), "SUMMARY:" + escape(summary),
				"END:VEVENT", "END:VCALENDAR", "");
		return new Email.Attachment("review-meeting.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
				text.getBytes(StandardCharsets.UTF_8));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

}
