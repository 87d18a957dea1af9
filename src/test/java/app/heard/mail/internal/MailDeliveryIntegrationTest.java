package app.heard.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.heard.IntegrationTest;
import app.heard.mail.Email;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that is not there: the email is tried again, then recorded as failed with
 * the reason, and the caller never notices. Against a real closed port, not a stub.
 */
@IntegrationTest
class MailDeliveryIntegrationTest {

	@Autowired
	MailLog mailLog;

	@Test
	void an_email_that_cannot_be_delivered_is_retried_then_recorded_as_failed() throws Exception {
		int closedPort;
		try (var socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(closedPort);
		String to = "nobody-" + closedPort + "-" + System.nanoTime() + "@example.org";
		try (var delivery = new MailDelivery(sender, mailLog,
				new MailProperties("Heard <no-reply@heard.invalid>", 3, Duration.ofMillis(50)))) {
			delivery.submit(Email.plain(to, "You've been invited", "A link"));

			var entry = await().atMost(Duration.ofSeconds(20))
				.until(() -> mailLog.latestTo(to),
						found -> found.map(e -> e.status() == MailLog.Status.FAILED).orElse(false))
				.orElseThrow();
			assertThat(entry.attempts()).isEqualTo(3);
			assertThat(entry.subject()).isEqualTo("You've been invited");
			assertThat(entry.lastError()).get().asString().containsIgnoringCase("connect");
		}
	}

	@Test
	void without_a_mail_server_configured_the_email_is_recorded_as_not_sent() {
		String to = "unconfigured-" + System.nanoTime() + "@example.org";
		try (var delivery = new MailDelivery((org.springframework.mail.javamail.JavaMailSender) null, mailLog,
				new MailProperties("Heard <no-reply@heard.invalid>", 3, Duration.ofMillis(50)))) {
			delivery.submit(Email.plain(to, "Subject", "Text"));
			assertThat(mailLog.latestTo(to)).get()
				.extracting(MailLog.Entry::status)
				.isEqualTo(MailLog.Status.NOT_CONFIGURED);
		}
	}

}
