package app.heard.mail.internal;

import app.heard.mail.Email;
import app.heard.mail.Mailer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands each email to the background delivery once the caller's transaction commits. The
 * message itself is never written to the database: an invitation's link is a secret that
 * the portal keeps only as a hash (docs/decisions/0015).
 */
@Component
class SmtpMailer implements Mailer {

	private final MailDelivery delivery;

	SmtpMailer(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@Override
	public void send(Email email) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delivery.submit(email);
				}
			});
		}
		else {
			delivery.submit(email);
		}
	}

}
