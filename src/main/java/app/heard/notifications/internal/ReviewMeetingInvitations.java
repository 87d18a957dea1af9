package app.heard.notifications.internal;

import app.heard.caserecord.CaseRecipients;
import app.heard.caserecord.ReviewMeetingArranged;
import app.heard.identity.PersonId;
import app.heard.notifications.NotificationKind;
import app.heard.notifications.Notifications;
import app.heard.shell.DisplayFormats;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the family's side of a case when the LA sets or moves the review meeting, with a
 * calendar invitation. In the import's transaction, like the draft plan emails: emailed
 * only once it commits, and only to people who may see the case today.
 */
@Component
@Transactional
class ReviewMeetingInvitations {

	private final CaseRecipients recipients;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	ReviewMeetingInvitations(CaseRecipients recipients, Notifications notifications, MessageSource messages,
			Clock clock) {
		this.recipients = recipients;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	@EventListener
	void arranged(ReviewMeetingArranged meeting) {
		String when = messages.getMessage("mail.review-meeting.when",
				new Object[] { DisplayFormats.longDate(meeting.meetingAt().toLocalDate()),
						DisplayFormats.time(meeting.meetingAt().toLocalTime()) },
				Locale.UK);
		var calendar = MeetingCalendar.invitation(meeting.reviewId(), meeting.meetingAt(),
				messages.getMessage("mail.review-meeting.calendar-summary", null, Locale.UK), clock.instant());
		for (PersonId person : recipients.whoMaySee(meeting.caseId())) {
			notifications.tell(person, meeting.caseId(), NotificationKind.REVIEW_MEETING, "mail.review-meeting.subject",
					"mail.review-meeting.body", List.of(when), Optional.of(calendar));
		}
	}

}
