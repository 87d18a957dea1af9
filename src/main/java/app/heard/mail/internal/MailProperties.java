package app.heard.mail.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender every email shows
 * @param attempts how many times one email is tried before it is recorded as failed
 * @param retryDelay the wait before the second try; it doubles each time
 */
@ConfigurationProperties("heard.mail")
record MailProperties(String from, int attempts, Duration retryDelay) {

	MailProperties {
		if (attempts < 1) {
			throw new IllegalArgumentException("heard.mail.attempts must be at least 1");
		}
	}

}
