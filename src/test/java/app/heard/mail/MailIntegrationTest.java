package app.heard.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.Inbox;
import app.heard.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email goes over real SMTP (the embedded GreenMail server) and only for actions that
 * happened: after the transaction commits, never after a rollback.
 */
@IntegrationTest
class MailIntegrationTest {

	@Autowired
	Mailer mailer;

	@Autowired
	GreenMail smtp;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void an_email_with_html_and_a_calendar_file_arrives_over_smtp() throws Exception {
		String to = unique();
		byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		mailer.send(new Email(to, "Your review meeting", "The meeting is on Tuesday.",
				Optional.of("<p>The meeting is on Tuesday.</p>"),
				List.of(new Email.Attachment("meeting.ics", "text/calendar", ics))));

		MimeMessage message = awaitMessageTo(to);
		assertThat(message.getSubject()).isEqualTo("Your review meeting");
		assertThat(message.getFrom()[0].toString()).contains("no-reply@heard.invalid");
		String raw = GreenMailUtil.getWholeMessage(message);
		assertThat(raw).contains("The meeting is on Tuesday.").contains("<p>The meeting is on Tuesday.</p>");
		assertThat(((MimeMultipart) message.getContent()).getCount()).isEqualTo(2);
		assertThat(raw).contains("meeting.ics").contains("text/calendar");
	}

	@Test
	void an_email_sent_in_a_transaction_that_rolls_back_never_leaves() throws Exception {
		String rolledBack = unique();
		String committed = unique();
		transactions.executeWithoutResult(status -> {
			mailer.send(Email.plain(rolledBack, "Not sent", "This action was undone."));
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> mailer.send(Email.plain(committed, "Sent", "This happened.")));

		// One delivery thread sends in order: once the later email is here, the earlier
		// one would have been too
		awaitMessageTo(committed);
		assertThat(messagesTo(rolledBack)).isEmpty();
	}

	private MimeMessage awaitMessageTo(String to) {
		return Inbox.awaitMessageTo(smtp, to);
	}

	private Stream<MimeMessage> messagesTo(String to) {
		return Inbox.messagesTo(smtp, to);
	}

	private static String unique() {
		return "someone-" + UUID.randomUUID() + "@example.org";
	}

}
