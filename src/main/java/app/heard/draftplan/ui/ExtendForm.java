package app.heard.draftplan.ui;

import app.heard.caserecord.CaseId;
import app.heard.draftplan.DraftPlanComments;
import app.heard.shell.DisplayFormats;
import app.heard.shell.ErrorSummary;
import app.heard.shell.Page;
import app.heard.statutory.CommentWindow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * For the case co-ordinator only (the service checks again): a later last day for
 * comments. Validated on submit, GOV.UK style; an earlier day than the law gives is
 * refused with the date it must be after.
 */
class ExtendForm extends Div {

	ExtendForm(DraftPlanComments comments, CaseId caseId, CommentWindow window, Runnable done) {
		String after = DisplayFormats.longDate(window.statutoryLastDay());
		var heading = new H2(getTranslation("draft-plan.extend.heading"));
		heading.addClassName("heading-l");
		var errors = new ErrorSummary();
		var label = new NativeLabel(getTranslation("draft-plan.extend.label"));
		label.setFor("extend-to");
		label.addClassName("label");
		var hint = new Paragraph(getTranslation("draft-plan.extend.hint", after));
		hint.setId("extend-hint");
		hint.addClassName("hint");
		var error = new Paragraph();
		error.setId("extend-error");
		error.addClassName("error-message");
		error.setVisible(false);
		var day = new Input();
		day.setId("extend-to");
		day.setType("date");
		day.getElement().setAttribute("aria-describedby", "extend-hint");
		var give = new NativeButton(getTranslation("draft-plan.extend.submit"));
		give.addClassName("button");
		give.getElement().addEventListener("click", click -> {
			String value = click.getEventData().get("document.getElementById('extend-to').value").asString();
			try {
				comments.extendWindow(caseId, LocalDate.parse(value));
				done.run();
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				String message = getTranslation("draft-plan.extend.error", after);
				errors.show(getTranslation("views.error.heading"), message, "extend-to");
				error.setText(message);
				error.setVisible(true);
				day.getElement().setAttribute("aria-describedby", "extend-hint extend-error");
			}
		}).addEventData("document.getElementById('extend-to').value");
		add(heading, errors, label, hint, error, day, give);
		if (window.extended()) {
			add(Page.paragraph(getTranslation("draft-plan.extend.done", DisplayFormats.longDate(window.lastDay()))));
		}
		addClassName("no-print");
	}

}
