package app.heard.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) inside the portal's process, so that email works on a
 * laptop with no Docker and no mail server: the portal sends to it over SMTP like to any
 * other. What it receives can be read at {@code /embedded/mail} (EmbeddedMailbox), which
 * is how a demo invitee finds their link.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
class EmbeddedMailServerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServerConfiguration.class);

	@Bean(destroyMethod = "stop")
	GreenMail embeddedMailServer(@Value("${heard.embedded.smtp.port:0}") int port) {
		var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		var server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
		server.start();
		return server;
	}

	@Bean
	JavaMailSender mailSender(GreenMail server) {
		var sender = new JavaMailSenderImpl() {
			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				super.doSend(messages, originals);
				log.info("The embedded mail server has {} email(s): read them at /embedded/mail",
						server.getReceivedMessages().length);
			}
		};
		sender.setHost("127.0.0.1");
		sender.setPort(server.getSmtp().getPort());
		return sender;
	}

}
