package app.heard.mail.internal;

import app.heard.mail.Email;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends in the background, one email at a time, retrying with a doubling wait. Every
 * email's fate (sent, failed after its tries, or no mail server configured) is recorded
 * in {@link MailLog}, without its content.
 */
@Component
class MailDelivery implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JavaMailSender sender;

	private final MailLog mailLog;

	private final MailProperties properties;

	private final ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("heard-mail").daemon().factory());

	@Autowired
	MailDelivery(ObjectProvider<JavaMailSender> sender, MailLog mailLog, MailProperties properties) {
		this(sender.getIfAvailable(), mailLog, properties);
	}

	/**
	 * @param sender none when no SMTP server is configured ({@code spring.mail.host})
	 */
	MailDelivery(JavaMailSender sender, MailLog mailLog, MailProperties properties) {
		this.sender = sender;
		this.mailLog = mailLog;
		this.properties = properties;
	}

	void submit(Email email) {
		UUID id = mailLog.queued(email.to(), email.subject());
		if (sender == null) {
			log.warn("No mail server configured (spring.mail.host): email {} not sent", id);
			mailLog.notConfigured(id);
			return;
		}
		executor.execute(() -> attempt(id, email, 1));
	}

	private void attempt(UUID id, Email email, int attempt) {
		try {
			sender.send(message(email));
			mailLog.sent(id, attempt);
		}
		catch (MessagingException | RuntimeException ex) {
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			if (attempt < properties.attempts()) {
				mailLog.retrying(id, attempt, error);
				Duration wait = properties.retryDelay().multipliedBy(1L << (attempt - 1));
				executor.schedule(() -> attempt(id, email, attempt + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			else {
				log.warn("Email {} not sent after {} tries: {}", id, attempt, error);
				mailLog.failed(id, attempt, error);
			}
		}
	}

	private MimeMessage message(Email email) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		boolean multipart = email.html().isPresent() || !email.attachments().isEmpty();
		var helper = new MimeMessageHelper(message, multipart, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(email.to());
		helper.setSubject(email.subject());
		if (email.html().isPresent()) {
			helper.setText(email.text(), email.html().get());
		}
		else {
			helper.setText(email.text());
		}
		for (var attachment : email.attachments()) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		return message;
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
