package app.heard.views.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRole;
import app.heard.shell.Page;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsClosedException;
import app.heard.views.ViewsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** Every answer with a Change link, then Send: an immutable, dated submission. */
@Route("children/:caseId/views/:kind/check")
@PermitAll
class CheckAnswersView extends ViewsPage implements BeforeEnterObserver {

	private final transient ViewsService views;

	private final transient Clock clock;

	CheckAnswersView(ViewsService views, Clock clock) {
		this.views = views;
		this.clock = clock;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = ViewsPaths.caseId(event);
		ViewKind kind = ViewsPaths.kind(event);
		ViewSet set = orNotFound(() -> views.open(caseId, kind));
		String heading = getTranslation("views.check.heading");
		title(heading);
		removeAll();
		add(backLink(ViewsPaths.start(caseId, kind)), Page.heading(heading));

		var summary = new Div();
		summary.addClassName("summary");
		if (set.recordedForTheChild()) {
			summary.add(row(getTranslation("views.how.check", set.childName()),
					set.howGathered()
						.map(how -> getTranslation("views.how." + ViewsPaths.slug(how)))
						.orElse(getTranslation("views.check.empty")),
					ViewsPaths.howGathered(caseId)));
		}
		for (var question : ViewsPaths.questionsOn(kind)) {
			var answer = set.answers().get(question);
			String text = !set.answered(question) ? getTranslation("views.check.empty") : question == Question.PROGRESS
					? PictureScale.wordsFor(answer.text(), this::getTranslation) : answer.text();
			summary.add(row(getTranslation(ViewsPaths.questionKey(kind, question)), text,
					ViewsPaths.question(caseId, kind, question)));
			if (question == Question.PROGRESS) {
				for (int number = 1; number <= set.outcomes().size(); number++) {
					var outcome = set.outcomes().get(number - 1);
					var rating = set.outcomeRatings().get(outcome.laId());
					summary.add(row(getTranslation("views.outcome.pdf", outcome.description()),
							rating == null || rating.isBlank() ? getTranslation("views.check.empty")
									: PictureScale.wordsFor(rating.text(), this::getTranslation),
							ViewsPaths.outcome(caseId, kind, number)));
				}
			}
		}
		// Once views have closed there is no Send to press: the page says so before the
		// answers, and whom to contact. Should they close while the page is open, Send
		// is refused with the same words.
		add(summary);
		if (kind == ViewKind.ABOUT_ME) {
			add(whoWillSee(set));
		}
		if (set.closedOn(LocalDate.now(clock))) {
			addComponentAtIndex(2, ViewsClosedNotice.of(this, set, set.viewsDueOn().orElseThrow()));
			return;
		}
		var send = new NativeButton(getTranslation("views.check.send"));
		send.addClickListener(click -> {
			try {
				views.submit(caseId, kind);
				UI.getCurrent().navigate(ViewsPaths.sent(caseId, kind));
			}
			catch (ViewsClosedException ex) {
				var closed = ViewsClosedNotice.of(this, set, ex.dueOn());
				closed.getElement().setAttribute("tabindex", "-1");
				addComponentAtIndex(2, closed);
				send.setVisible(false);
				closed.getElement().callJsFunction("focus");
			}
		});
		send.addClassName("button");
		add(send);
	}

	/**
	 * Before the child sends their views, who will see them, in words for the child (ICO
	 * Children's Code, standards 4 and 11): a child with a helper is spoken to by name; a
	 * young person with their own login reads it about themselves.
	 */
	private Paragraph whoWillSee(ViewSet set) {
		var whoSees = set.recordingAs() == CaseRole.YOUNG_PERSON
				? Page.paragraph(getTranslation("views.check.who-sees.young-person"))
				: Page.paragraph(getTranslation("views.check.who-sees.child", set.childName()));
		whoSees.setId("who-sees");
		whoSees.addClassName("inset");
		return whoSees;
	}

	/**
	 * A summary row: what was asked, the answer, and a Change link that names the
	 * question.
	 */
	private Div row(String asked, String answer, String changeAt) {
		var key = new Paragraph(asked);
		key.addClassName("summary__key");
		var value = new Paragraph(answer);
		value.addClassNames("summary__value", "answer-text");
		var change = new Anchor(changeAt, getTranslation("views.check.change"));
		change.addClassName("link");
		change.getElement().appendChild(Page.withClass(new Span(" " + asked), "visually-hidden").getElement());
		var row = new Div(key, value, change);
		row.addClassName("summary__row");
		return row;
	}

}
