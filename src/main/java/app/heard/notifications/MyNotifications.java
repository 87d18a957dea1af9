package app.heard.notifications;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The signed-in person's own notifications, and nobody else's: there is no way to ask for
 * another person's.
 */
@PreAuthorize("isAuthenticated()")
public interface MyNotifications {

	/**
	 * The signed-in person's notifications, newest first, each marked as it was before;
	 * all are read from now on.
	 */
	List<Notification> readAll();

	/** How many of the signed-in person's notifications they have not yet seen. */
	long unreadCount();

	/** How often the signed-in person wants email; every time until they choose. */
	EmailChoice emailChoice();

	/** Keeps how often the signed-in person wants email, from the next message on. */
	void chooseEmail(EmailChoice choice);

}
