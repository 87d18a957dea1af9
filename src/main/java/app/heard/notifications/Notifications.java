package app.heard.notifications;

import app.heard.caserecord.CaseId;
import app.heard.identity.PersonId;
import app.heard.mail.Email;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells one person about something in a case, for features acting outside anyone's
 * request (an LA change arriving, a daily reminder). Callers decide who is told, through
 * the case's access check ({@code CaseRecipients}); this records the message in the
 * person's list and emails it unless they chose otherwise. Joins the caller's
 * transaction: a rolled-back change records and sends nothing.
 */
public interface Notifications {

	/**
	 * Records the message and emails it.
	 * @param subjectKey translation key of the subject line, also the list's headline; it
	 * takes the same arguments as the body
	 * @param bodyKey translation key of the body; its last argument, after
	 * {@code arguments}, is the address of the page the message is about
	 * @param attachment a file for the email only, such as a calendar invitation
	 */
	void tell(PersonId person, CaseId caseId, NotificationKind kind, String subjectKey, String bodyKey,
			List<?> arguments, Optional<Email.Attachment> attachment);

	/**
	 * As {@link #tell}, but at most once per person, kind, subject (a review, a plan) and
	 * due date, however often it is asked.
	 * @return whether the person was told now
	 */
	boolean remindOnce(PersonId person, CaseId caseId, NotificationKind kind, UUID subject, LocalDate dueOn,
			String subjectKey, String bodyKey, List<?> arguments);

}
