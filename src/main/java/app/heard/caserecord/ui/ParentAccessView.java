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
import java.util.Locale;

/**
 * One parent, second question: what they may do now (see only, see and comment, act for
 * me).
 */
@Route("children/:caseId/handover/parents/:parent/what")
@PermitAll
class ParentAccessView extends HandoverPage {

	private static final List<ParentAccess> OFFERED = List.of(ParentAccess.SEE_ONLY, ParentAccess.SEE_AND_COMMENT,
			ParentAccess.ACT_FOR_ME);

	ParentAccessView(YoungPersonHandover handover) {
		super(handover);
	}

	@Override
	protected void render(Choices choices, BeforeEnterEvent event) {
		ParentChoice parent = parent(choices, event).orElseThrow(NotFoundException::new);
		String question = words(choices, "handover.what.heading", parent.name());
		title(question);
		var options = OFFERED.stream()
			.map(access -> new ChoiceQuestion.Option(access.name(), getTranslation("handover.access." + key(access)),
					words(choices, "handover.access." + key(access) + ".hint")))
			.toList();
		var radios = new ChoiceQuestion("access", question, true, options,
				parent.access().map(ParentAccess::name).orElse(""));
		var errors = new ErrorSummary();
		var next = continueButton();
		next.getElement().addEventListener("click", click -> {
			String answer = click.getEventData().get(radios.valueExpression()).asString();
			var chosen = OFFERED.stream().filter(access -> access.name().equals(answer)).findFirst();
			if (chosen.isPresent()) {
				handover.choose(choices.caseId(), parent.parent(), chosen.get());
				UI.getCurrent().navigate(next(handover.choices(choices.caseId())));
				return;
			}
			String message = getTranslation("handover.what.error", parent.name());
			radios.showError(message);
			errors.show(getTranslation("handover.error.heading"), message,
					ChoiceQuestion.firstFieldId("access", OFFERED.getFirst().name()));
			showErrorTitle(question);
		}).addEventData(radios.valueExpression());
		add(backLink(HandoverPaths.keep(choices.caseId(), parent.parent())), errors, radios, next);
	}

	static String key(ParentAccess access) {
		return access.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
