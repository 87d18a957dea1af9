package app.heard.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Emails that could not be delivered after every retry, so that whoever can reach the
 * person another way (their case co-ordinator) knows. Never the message itself.
 */
public interface MailFailures {

	/**
	 * @param reason the mail server's last answer, as it gave it
	 */
	record Failure(String recipient, Instant at, String reason) {
	}

	/** The deliveries to these addresses that failed for good, newest first. */
	List<Failure> failedTo(Collection<String> recipients);

}
