package app.heard.notifications.ui;

import app.heard.notifications.MyNotifications;
import app.heard.shell.HeaderLink;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** "Notifications (2 new)" in the header of every signed-in page. */
@Component
class NotificationsLink implements HeaderLink {

	private final MyNotifications notifications;

	NotificationsLink(MyNotifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String href() {
		return NotificationsView.PATH;
	}

	@Override
	public String text() {
		long unread = notifications.unreadCount();
		return unread == 0 ? I18NProvider.translate("notifications.link")
				: I18NProvider.translate("notifications.link.unread", unread);
	}

}
