package app.heard.notifications.ui;

import app.heard.notifications.MyNotifications;
import app.heard.notifications.Notification;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's notifications, newest first, each with its date and a link to
 * the page it is about: the same words as the emails. Opening the list reads them all.
 */
@Route(NotificationsView.PATH)
@PermitAll
class NotificationsView extends Div implements HasDynamicTitle {

	static final String PATH = "notifications";

	NotificationsView(MyNotifications notifications) {
		add(Page.heading(getTranslation("notifications.heading")));
		var settings = new Anchor(EmailSettingsView.PATH, getTranslation("notifications.email-settings"));
		settings.addClassName("link");
		add(new Paragraph(settings));
		var all = notifications.readAll();
		if (all.isEmpty()) {
			add(Page.paragraph(getTranslation("notifications.none")));
		}
		else {
			var list = new UnorderedList();
			list.addClassName("case-list");
			all.forEach(notification -> list.add(item(notification)));
			add(list);
		}
	}

	private ListItem item(Notification notification) {
		var link = new Anchor(notification.path(), notification.subject());
		link.addClassNames("link", "case-list__link");
		var item = new ListItem(link);
		String date = DisplayFormats.longDate(notification.createdAt());
		var details = new Span(notification.unread() ? getTranslation("notifications.new", date)
				: getTranslation("notifications.sent", date));
		details.addClassName("case-list__detail");
		item.add(details);
		return item;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getTranslation("notifications.heading"));
	}

}
