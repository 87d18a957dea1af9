package app.heard.reminders.internal;

import app.heard.caserecord.CaseRecipients;
import app.heard.caserecord.Deadlines;
import app.heard.draftplan.CommentProgress;
import app.heard.identity.PersonId;
import app.heard.notifications.NotificationKind;
import app.heard.notifications.Notifications;
import app.heard.shell.DisplayFormats;
import app.heard.views.ViewsProgress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, reminds whoever has yet to act of a deadline three days away. A deadline
 * nearer than that when first seen (the job did not run, or the LA set a short one) is
 * reminded of at once, still only once: the reminder table keys each on person, kind,
 * subject and due date, so running again, or on two servers, sends nothing more.
 */
@Component
@Transactional
public class DeadlineReminders {

	/** Days before a deadline that a reminder goes (docs/decisions/0018). */
	static final int DAYS_BEFORE = 3;

	/**
	 * Drafts older than this are long closed, however long an extension: no need to look
	 * at them.
	 */
	private static final int OLDEST_DRAFT_DAYS = 120;

	private final Deadlines deadlines;

	private final CaseRecipients recipients;

	private final ViewsProgress views;

	private final CommentProgress comments;

	private final Notifications notifications;

	private final Clock clock;

	DeadlineReminders(Deadlines deadlines, CaseRecipients recipients, ViewsProgress views, CommentProgress comments,
			Notifications notifications, Clock clock) {
		this.deadlines = deadlines;
		this.recipients = recipients;
		this.views = views;
		this.comments = comments;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Recurring(id = "deadline-reminders", cron = "0 8 * * *", zoneId = "Europe/London")
	@Job(name = "Remind families of deadlines three days away")
	public void remind() {
		LocalDate today = LocalDate.now(clock);
		LocalDate horizon = today.plusDays(DAYS_BEFORE);
		for (var due : deadlines.viewsDueBetween(today, horizon)) {
			for (PersonId person : recipients.whoGiveViews(due.caseId())) {
				if (!views.hasSent(person, due.reviewId())) {
					notifications.remindOnce(person, due.caseId(), NotificationKind.VIEWS_DUE_SOON,
							due.reviewId().value(), due.dueOn(), "mail.views-due.subject", "mail.views-due.body",
							List.of(DisplayFormats.longDate(due.dueOn())));
				}
			}
		}
		for (var draft : deadlines.draftsServedSince(today.minusDays(OLDEST_DRAFT_DAYS))) {
			LocalDate lastDay = comments.window(draft.planId(), draft.servedOn()).lastDay();
			if (lastDay.isBefore(today) || lastDay.isAfter(horizon)) {
				continue;
			}
			for (PersonId person : recipients.whoMayComment(draft.caseId())) {
				if (!comments.hasSent(person, draft.planId())) {
					notifications.remindOnce(person, draft.caseId(), NotificationKind.COMMENTS_DUE_SOON, draft.planId(),
							lastDay, "mail.comments-due.subject", "mail.comments-due.body",
							List.of(DisplayFormats.longDate(lastDay)));
				}
			}
		}
	}

}
