package app.heard.shell;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Page-wide settings Vaadin has no annotation for: the document language, the service
 * worker, and where an expired session goes (to a page that explains, not a technical
 * "session expired" notice).
 */
@Component
class ShellConfiguration implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(response -> {
			var document = response.getDocument();
			document.selectFirst("html").attr("lang", "en-GB");
			document.body()
				.appendElement("script")
				.attr("src", "/scripts/register-service-worker.js")
				.attr("defer", "");
		});
		event.getSource().setSystemMessagesProvider(info -> {
			var messages = new CustomizedSystemMessages();
			messages.setSessionExpiredURL("/signed-out");
			messages.setSessionExpiredNotificationEnabled(false);
			return messages;
		});
	}

}
