package app.heard.views.ui;

import app.heard.shell.DisplayFormats;
import app.heard.views.ViewSet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Said at the top of every views page once the date for views has passed, before anyone
 * types: when views closed, that nothing is lost, and whom to contact — the co-ordinating
 * team by name.
 */
final class ViewsClosedNotice {

	private ViewsClosedNotice() {
	}

	/** Adds the notice to the page if views closed before today. */
	static void addIfClosed(HasComponents page, ViewSet set, Clock clock) {
		if (set.closedOn(LocalDate.now(clock))) {
			page.add(of((Component) page, set, set.viewsDueOn().orElseThrow()));
		}
	}

	static Paragraph of(Component on, ViewSet set, LocalDate dueOn) {
		String due = DisplayFormats.longDate(dueOn);
		var notice = new Paragraph(set.teamName().isBlank() ? on.getTranslation("views.closed.notice", due)
				: on.getTranslation("views.closed.notice.team", due, set.teamName()));
		notice.setId("views-closed");
		notice.addClassNames("inset", "warning");
		return notice;
	}

}
