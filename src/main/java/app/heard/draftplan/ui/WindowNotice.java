package app.heard.draftplan.ui;

import app.heard.draftplan.DraftPlanPage;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;

/**
 * The dates that matter, in words: when the draft was shared, the day comments are due
 * and how many days are left — or, once closed, that it has closed and how to ask for
 * more time. An extension is said, with the date it replaced.
 */
final class WindowNotice {

	private WindowNotice() {
	}

	static Div of(Component on, DraftPlanPage page, Clock clock) {
		var window = page.window();
		var notice = new Div();
		notice.setId("comment-window");
		notice.add(Page
			.paragraph(on.getTranslation("draft-plan.served", DisplayFormats.longDate(page.plan().servedOn()))));
		if (window.isOpen(clock)) {
			var due = new Paragraph(on.getTranslation("draft-plan.due", DisplayFormats.longDate(window.lastDay())));
			due.addClassName("heading-m");
			notice.add(due, Page.paragraph(on.getTranslation("draft-plan.days-left", window.daysLeft(clock))));
			notice.addClassName("inset");
		}
		else {
			notice.add(
					Page.paragraph(on.getTranslation("draft-plan.closed", DisplayFormats.longDate(window.lastDay()))),
					Page.paragraph(on.getTranslation("draft-plan.closed.more-time", page.teamName())));
			notice.addClassNames("inset", "warning");
		}
		if (window.extended()) {
			notice.add(Page.paragraph(
					on.getTranslation("draft-plan.extended", DisplayFormats.longDate(window.statutoryLastDay()))));
		}
		return notice;
	}

}
