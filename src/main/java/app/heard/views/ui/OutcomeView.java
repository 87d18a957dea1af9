package app.heard.views.ui;

import app.heard.shell.ReadAloud;
import app.heard.shell.SaveStatus;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.PlanOutcome;
import app.heard.views.EditConflictException;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsService;
import app.heard.views.Wording;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * One outcome of the plan, in the plan's words, with the same three faces as the progress
 * question: how is this going? Optional: Continue with no face chosen moves on.
 */
@Route("children/:caseId/views/:kind/outcomes/:number")
@PermitAll
class OutcomeView extends ViewsPage implements BeforeEnterObserver {

	private final transient ViewsService views;

	private final transient Clock clock;

	private final SaveStatus status;

	private long version;

	OutcomeView(ViewsService views, Clock clock) {
		this.views = views;
		this.clock = clock;
		this.status = new SaveStatus(clock);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = ViewsPaths.caseId(event);
		ViewKind kind = ViewsPaths.kind(event);
		ViewSet set = orNotFound(() -> views.open(caseId, kind));
		int number = event.getRouteParameters().getInteger("number").orElse(0);
		if (number < 1 || number > set.outcomes().size()) {
			throw new NotFoundException();
		}
		PlanOutcome outcome = set.outcomes().get(number - 1);
		version = set.versionOfRating(outcome.laId());
		String question = getTranslation("views.outcome.heading");
		title(getTranslation("views.outcome.title", number, set.outcomes().size()));
		removeAll();

		var caption = new Span(getTranslation("views.outcome.caption", number, set.outcomes().size()));
		caption.addClassName("caption");
		var hint = new Paragraph(getTranslation("views.outcome.hint", outcome.area(), outcome.description()));
		hint.setId("answer-hint");
		hint.addClassNames("hint", "outcome-words");
		String chosen = set.outcomeRatings().containsKey(outcome.laId())
				? set.outcomeRatings().get(outcome.laId()).text() : "";
		var scale = new PictureScale(question, hint.getElement(), chosen, this::getTranslation,
				value -> rate(caseId, kind, outcome, value));
		status.clear();
		var listen = new NativeButton(getTranslation("views.listen"),
				click -> ReadAloud.speak(this, question, hint.getText()));
		listen.addClassNames("button", "button--secondary");
		var next = new NativeButton(getTranslation("views.continue"), click -> UI.getCurrent()
			.navigate(ViewsPaths.afterOutcome(caseId, kind, number, set.outcomes().size())));
		next.addClassName("button");
		add(backLink(ViewsPaths.start(caseId, kind)), caption, scale);
		add(RecordingForSomeoneElse.signFor(this, set));
		ViewsClosedNotice.addIfClosed(this, set, clock);
		add(listen, status, next);
	}

	private void rate(CaseId caseId, ViewKind kind, PlanOutcome outcome, String value) {
		try {
			version = views.rateOutcome(caseId, kind, outcome.laId(), value, version);
			status.savedNow();
		}
		catch (EditConflictException ex) {
			// Someone else chose at the same moment: say so, and let the next choice win
			version = ex.theirVersion();
			status.say(getTranslation("views.outcome.conflict", getTranslation(Wording.scaleKey(ex.theirText()))));
		}
	}

}
