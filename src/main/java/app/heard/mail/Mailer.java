package app.heard.mail;

/**
 * Sends email. Inside a transaction the message goes out only once that transaction has
 * committed (a rolled-back action sends nothing); outside one, straight away. Delivery
 * happens in the background: a failure is retried a few times and recorded, and never
 * reaches the caller, so a mail server being down never loses what a person just did.
 */
public interface Mailer {

	void send(Email email);

}
