package app.heard.caserecord.ui;

import app.heard.caserecord.YoungPersonHandover;
import app.heard.caserecord.YoungPersonHandover.Choices;
import app.heard.caserecord.YoungPersonHandover.ParentChoice;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * What each parent may do now, who chose it and when, with a way to change each: the end
 * of the first walk-through, and the page the case page links to later.
 */
@Route("children/:caseId/handover/check")
@PermitAll
class HandoverCheckView extends HandoverPage {

	HandoverCheckView(YoungPersonHandover handover) {
		super(handover);
	}

	@Override
	protected void render(Choices choices, BeforeEnterEvent event) {
		String heading = words(choices, "handover.check.heading");
		title(heading);
		add(backLink("children/" + choices.caseId()), Page.heading(heading));
		if (choices.parents().isEmpty()) {
			add(Page.paragraph(words(choices, "handover.check.no-parents")));
		}
		var summary = new Div();
		summary.addClassName("summary");
		choices.parents().forEach(parent -> summary.add(row(choices, parent)));
		add(summary, Page.paragraph(words(choices, "handover.check.change-later")));
		var toCase = new Anchor("children/" + choices.caseId(), words(choices, "handover.check.to-case"));
		toCase.addClassName("link");
		add(toCase);
	}

	private Div row(Choices choices, ParentChoice parent) {
		var term = new Paragraph(parent.name());
		term.addClassName("summary__key");
		String what = parent.access()
			.map(access -> getTranslation("handover.check.access." + ParentAccessView.key(access)))
			.orElse(getTranslation("handover.check.not-chosen"));
		var description = new Div(new Paragraph(what));
		description.addClassName("summary__value");
		if (parent.chosenAt().isPresent() && parent.chosenBy().isPresent()) {
			var when = new Paragraph(getTranslation("handover.check.chosen", parent.chosenBy().get(),
					DisplayFormats.longDate(parent.chosenAt().get())));
			when.addClassName("hint");
			description.add(when);
		}
		var change = new Anchor(HandoverPaths.keep(choices.caseId(), parent.parent()),
				getTranslation("handover.check.change"));
		change.addClassName("link");
		var hidden = new Span(" " + parent.name());
		hidden.addClassName("visually-hidden");
		change.add(hidden);
		var row = new Div(term, description, new Div(change));
		row.addClassName("summary__row");
		return row;
	}

}
