package app.heard.caserecord.ui;

import app.heard.caserecord.YoungPersonHandover;
import app.heard.caserecord.YoungPersonHandover.Choices;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The first page of the handover: what has changed, in easy words, and that nothing
 * changes for the parents until the young person chooses, so "Do this later" is safe.
 */
@Route("children/:caseId/handover")
@PermitAll
class HandoverStartView extends HandoverPage {

	HandoverStartView(YoungPersonHandover handover) {
		super(handover);
	}

	@Override
	protected void render(Choices choices, BeforeEnterEvent event) {
		String heading = words(choices, "handover.start.heading");
		title(heading);
		add(backLink("children/" + choices.caseId()), Page.heading(heading));
		add(Page.paragraph(words(choices, "handover.start.changed")));
		if (!choices.parents().isEmpty()) {
			add(Page.paragraph(words(choices, "handover.start.parents")),
					Page.paragraph(words(choices, "handover.start.until")));
		}
		String first = choices.forYoungPerson().isPresent() ? next(choices) : HandoverPaths.aboutMe(choices.caseId());
		var start = new Anchor(first, getTranslation("handover.start.button"));
		start.addClassName("button");
		start.getElement().setAttribute("role", "button");
		var later = new Anchor("children", getTranslation("handover.start.later"));
		later.addClassName("link");
		add(start, Page.paragraph(""), later);
	}

}
