package app.heard.invitations.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A one-off confirmation carried to the next page in this tab ("An invitation has been
 * sent to …"), kept out of the address so that names never reach browser history or logs.
 */
final class Notice {

	private static final String KEY = "heard.people.notice";

	private Notice() {
	}

	static void carry(UI ui, String text) {
		ComponentUtil.setData(ui, KEY, text);
	}

	static String take(UI ui) {
		Object text = ComponentUtil.getData(ui, KEY);
		ComponentUtil.setData(ui, KEY, null);
		return text == null ? null : text.toString();
	}

}
