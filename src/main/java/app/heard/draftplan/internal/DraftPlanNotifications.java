package app.heard.draftplan.internal;

import app.heard.caserecord.CaseRecipients;
import app.heard.caserecord.CommentAnswered;
import app.heard.caserecord.DraftPlanServed;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.mail.Email;
import app.heard.mail.Mailer;
import app.heard.shell.DisplayFormats;
import app.heard.statutory.CommentWindow;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the family when a draft plan is served and when the LA answers one of their
 * comments. The emails name the action and the date, never the child: an email can be
 * read over a shoulder or forwarded. Sent in the import's transaction, so only once it
 * commits (the Mailer waits), and only to people the access check lets comment today.
 */
@Component
@Transactional(readOnly = true)
class DraftPlanNotifications {

	private final CaseRecipients recipients;

	private final People people;

	private final DraftCommentRepository comments;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String publicUrl;

	DraftPlanNotifications(CaseRecipients recipients, People people, DraftCommentRepository comments, Mailer mailer,
			MessageSource messages, @Value("${heard.invitations.public-url:}") String publicUrl) {
		this.recipients = recipients;
		this.people = people;
		this.comments = comments;
		this.mailer = mailer;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@EventListener
	void draftServed(DraftPlanServed served) {
		String due = DisplayFormats.longDate(CommentWindow.servedOn(served.servedOn()).lastDay());
		for (PersonId person : recipients.whoMayComment(served.caseId())) {
			people.emailOf(person)
				.ifPresent(to -> mailer.send(Email.plain(to, text("mail.draft-plan.subject"),
						text("mail.draft-plan.body", due, signInAt()))));
		}
	}

	@EventListener
	void commentAnswered(CommentAnswered answered) {
		comments.findById(answered.commentId())
			.filter(comment -> comment.sent())
			.flatMap(comment -> people.emailOf(new PersonId(comment.getAuthorPersonId())))
			.ifPresent(to -> mailer.send(Email.plain(to, text("mail.comment-answered.subject"),
					text("mail.comment-answered.body", signInAt()))));
	}

	private String signInAt() {
		return publicUrl.isBlank() ? text("mail.sign-in.heard") : publicUrl;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.UK);
	}

}
