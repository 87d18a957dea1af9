package app.heard.views.ui;

import app.heard.shell.DisplayFormats;
import app.heard.views.ViewSet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Said at the top of every views page once the date for views has passed, before anyone
 * types: what happened, that nothing is lost, and what to do.
 */
final class ViewsClosedNotice {

	private ViewsClosedNotice() {
	}

	static Paragraph of(Component on, ViewSet set) {
		var notice = new Paragraph(
				on.getTranslation("views.closed.notice", DisplayFormats.longDate(set.viewsDueOn().orElseThrow())));
		notice.addClassNames("inset", "warning");
		return notice;
	}

}
