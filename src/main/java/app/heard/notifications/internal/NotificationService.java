package app.heard.notifications.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecipients;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.mail.Email;
import app.heard.mail.Mailer;
import app.heard.notifications.NotificationKind;
import app.heard.notifications.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each message to the person's list and hands the same words to the Mailer, which
 * sends them once the caller's transaction commits.
 */
@Service
@Transactional
class NotificationService implements Notifications {

	private final JdbcClient jdbc;

	private final People people;

	private final EmailChoices choices;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PortalAddress portal;

	private final CaseRecipients recipients;

	private final Clock clock;

	NotificationService(JdbcClient jdbc, People people, EmailChoices choices, Mailer mailer, MessageSource messages,
			PortalAddress portal, CaseRecipients recipients, Clock clock) {
		this.recipients = recipients;
		this.jdbc = jdbc;
		this.people = people;
		this.choices = choices;
		this.mailer = mailer;
		this.messages = messages;
		this.portal = portal;
		this.clock = clock;
	}

	@Override
	public void tell(PersonId person, CaseId caseId, NotificationKind kind, String subjectKey, String bodyKey,
			List<?> arguments, Optional<Email.Attachment> attachment) {
		String path = kind.pathFor(caseId);
		var withLink = new ArrayList<Object>(arguments);
		withLink.add(portal.link(path));
		String subject = text(subjectKey, withLink.toArray());
		String body = text(bodyKey, withLink.toArray());
		jdbc.sql("""
				insert into notification (id, person_id, case_id, kind, subject, body, path, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), person.value(), caseId.value(), kind.name(), subject, body, path,
					Timestamp.from(clock.instant()))
			.update();
		if (!choices.of(person).emails(kind)) {
			return;
		}
		// The address they sign in with first, the LA's record of them second (0016)
		people.emailOf(person)
			.or(() -> recipients.emailFromLa(caseId, person))
			.ifPresent(to -> mailer.send(new Email(to, subject, body, Optional.empty(), attachment.stream().toList())));
	}

	@Override
	public boolean remindOnce(PersonId person, CaseId caseId, NotificationKind kind, UUID subject, LocalDate dueOn,
			String subjectKey, String bodyKey, List<?> arguments) {
		int added = jdbc.sql("""
				insert into notification_reminder (person_id, kind, subject_id, due_on, sent_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(person.value(), kind.name(), subject, dueOn, Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			return false;
		}
		tell(person, caseId, kind, subjectKey, bodyKey, arguments, Optional.empty());
		return true;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.UK);
	}

}
