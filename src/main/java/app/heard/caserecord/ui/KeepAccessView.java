package app.heard.caserecord.ui;

import app.heard.caserecord.ParentAccess;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.caserecord.YoungPersonHandover.Choices;
import app.heard.shell.ErrorSummary;
import app.heard.caserecord.YoungPersonHandover.ParentChoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One parent, first question: do they keep access at all? "No" is a choice and is
 * recorded at once; "Yes" asks what they may do on the next page.
 */
@Route("children/:caseId/handover/parents/:parent")
@PermitAll
class KeepAccessView extends HandoverPage {

	private static final String YES = "YES";

	private static final String NO = "NO";

	KeepAccessView(YoungPersonHandover handover) {
		super(handover);
	}

	@Override
	protected void render(Choices choices, BeforeEnterEvent event) {
		ParentChoice parent = parent(choices, event).orElseThrow(NotFoundException::new);
		String question = words(choices, "handover.keep.heading", parent.name());
		title(question);
		String chosen = parent.access().map(access -> access == ParentAccess.NONE ? NO : YES).orElse("");
		var radios = new ChoiceQuestion("keep", question, true,
				List.of(new ChoiceQuestion.Option(YES, getTranslation("handover.keep.yes"), null),
						new ChoiceQuestion.Option(NO, getTranslation("handover.keep.no"),
								getTranslation("handover.keep.no.hint", parent.name()))),
				chosen);
		var errors = new ErrorSummary();
		var next = continueButton();
		next.getElement().addEventListener("click", click -> {
			String answer = click.getEventData().get(radios.valueExpression()).asString();
			if (YES.equals(answer)) {
				UI.getCurrent().navigate(HandoverPaths.what(choices.caseId(), parent.parent()));
			}
			else if (NO.equals(answer)) {
				handover.choose(choices.caseId(), parent.parent(), ParentAccess.NONE);
				UI.getCurrent().navigate(next(handover.choices(choices.caseId())));
			}
			else {
				String message = getTranslation("handover.keep.error", parent.name());
				radios.showError(message);
				errors.show(getTranslation("handover.error.heading"), message,
						ChoiceQuestion.firstFieldId("keep", YES));
				showErrorTitle(question);
			}
		}).addEventData(radios.valueExpression());
		add(backLink(before(choices, parent.parent())), errors, radios, next);
	}

}
