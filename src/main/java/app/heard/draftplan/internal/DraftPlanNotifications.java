package app.heard.draftplan.internal;

import app.heard.caserecord.CaseRecipients;
import app.heard.caserecord.CommentAnswered;
import app.heard.caserecord.DraftPlanServed;
import app.heard.identity.PersonId;
import app.heard.notifications.NotificationKind;
import app.heard.notifications.Notifications;
import app.heard.shell.DisplayFormats;
import app.heard.statutory.CommentWindow;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the family when a draft plan is served and when the LA answers one of their
 * comments, in their notifications and by email. The messages name the action and the
 * date, never the child: an email can be read over a shoulder or forwarded. Recorded in
 * the import's transaction, so emailed only once it commits (the Mailer waits), and only
 * to people the access check lets comment today.
 */
@Component
@Transactional
class DraftPlanNotifications {

	private final CaseRecipients recipients;

	private final DraftCommentRepository comments;

	private final Notifications notifications;

	DraftPlanNotifications(CaseRecipients recipients, DraftCommentRepository comments, Notifications notifications) {
		this.recipients = recipients;
		this.comments = comments;
		this.notifications = notifications;
	}

	@EventListener
	void draftServed(DraftPlanServed served) {
		String due = DisplayFormats.longDate(CommentWindow.servedOn(served.servedOn()).lastDay());
		for (PersonId person : recipients.whoMayComment(served.caseId())) {
			notifications.tell(person, served.caseId(), NotificationKind.DRAFT_PLAN_SERVED, "mail.draft-plan.subject",
					"mail.draft-plan.body", List.of(due), Optional.empty());
		}
	}

	@EventListener
	void commentAnswered(CommentAnswered answered) {
		comments.findById(answered.commentId())
			.filter(comment -> comment.sent())
			.ifPresent(comment -> notifications.tell(new PersonId(comment.getAuthorPersonId()), answered.caseId(),
					NotificationKind.COMMENT_ANSWERED, "mail.comment-answered.subject", "mail.comment-answered.body",
					List.of(), Optional.empty()));
	}

}
