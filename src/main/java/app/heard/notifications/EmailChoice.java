package app.heard.notifications;

/**
 * How often a person wants email. Whatever they choose, every message is still in their
 * list in the portal.
 */
public enum EmailChoice {

	/** Every message, by email too (the default). */
	EACH_TIME,
	/** Only reminders before a deadline. */
	REMINDERS_ONLY,
	/** No email at all: the person checks the portal. */
	NONE;

	public boolean emails(NotificationKind kind) {
		return this == EACH_TIME || (this == REMINDERS_ONLY && kind.reminder());
	}

}
