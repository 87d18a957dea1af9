package app.heard.views.ui;

import app.heard.caserecord.CaseId;
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

/** Every answer with a Change link, then Send: an immutable, dated submission. */
@Route("children/:caseId/views/:kind/check")
@PermitAll
class CheckAnswersView extends ViewsPage implements BeforeEnterObserver {

	private final transient ViewsService views;

	CheckAnswersView(ViewsService views) {
		this.views = views;
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
		for (var question : ViewsPaths.questionsOn(kind)) {
			var answer = set.answers().get(question);
			boolean answered = answer != null && !answer.text().isBlank();
			var key = new Paragraph(getTranslation(ViewsPaths.questionKey(kind, question)));
			key.addClassName("summary__key");
			String text = !answered ? getTranslation("views.check.empty") : question == Question.PROGRESS
					? PictureScale.wordsFor(answer.text(), this::getTranslation) : answer.text();
			var value = new Paragraph(text);
			value.addClassNames("summary__value", "answer-text");
			var change = new Anchor(ViewsPaths.question(caseId, kind, question), getTranslation("views.check.change"));
			change.addClassName("link");
			change.getElement()
				.appendChild(Page.withClass(new Span(" " + key.getText()), "visually-hidden").getElement());
			var row = new Div(key, value, change);
			row.addClassName("summary__row");
			summary.add(row);
		}
		var closed = Page.paragraph(getTranslation("views.check.closed"));
		closed.addClassNames("inset", "warning");
		closed.setVisible(false);
		var send = new NativeButton(getTranslation("views.check.send"), click -> {
			try {
				views.submit(caseId, kind);
				UI.getCurrent().navigate(ViewsPaths.sent(caseId, kind));
			}
			catch (ViewsClosedException ex) {
				closed.setVisible(true);
			}
		});
		send.addClassName("button");
		add(summary, closed, send);
	}

}
