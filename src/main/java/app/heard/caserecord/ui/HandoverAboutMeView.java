package app.heard.caserecord.ui;

import app.heard.caserecord.YoungPersonHandover;
import app.heard.caserecord.YoungPersonHandover.Choices;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** "Your About Me is yours now": nothing to choose, one thing to know. */
@Route("children/:caseId/handover/about-me")
@PermitAll
class HandoverAboutMeView extends HandoverPage {

	HandoverAboutMeView(YoungPersonHandover handover) {
		super(handover);
	}

	@Override
	protected void render(Choices choices, BeforeEnterEvent event) {
		String heading = getTranslation("handover.about-me.heading");
		title(heading);
		add(backLink(HandoverPaths.start(choices.caseId())), Page.heading(heading),
				Page.paragraph(getTranslation("handover.about-me.yours")),
				Page.paragraph(getTranslation("handover.about-me.help")));
		var next = new Anchor(next(choices), getTranslation("handover.continue"));
		next.addClassName("button");
		next.getElement().setAttribute("role", "button");
		add(next);
	}

}
