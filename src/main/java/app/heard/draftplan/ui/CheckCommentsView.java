package app.heard.draftplan.ui;

import app.heard.caserecord.CaseId;
import app.heard.draftplan.CommentsClosedException;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.DraftPlanPage;
import app.heard.shell.Page;
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

/**
 * Every comment waiting to be sent, with a Change link, then Send: all together, for
 * good.
 */
@Route("children/:caseId/draft-plan/check")
@PermitAll
class CheckCommentsView extends CommentsPage implements BeforeEnterObserver {

	private final transient DraftPlanComments comments;

	CheckCommentsView(DraftPlanComments comments) {
		this.comments = comments;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = caseId(event);
		DraftPlanPage page = orNotFound(() -> comments.open(caseId));
		String heading = getTranslation("draft-plan.check.heading");
		title(heading);
		removeAll();
		add(backLink(plan(caseId)), Page.heading(heading));
		if (page.drafts().isEmpty()) {
			add(Page.paragraph(getTranslation("draft-plan.check.none")));
			return;
		}
		add(Page.paragraph(getTranslation("draft-plan.check.intro")));
		var summary = new Div();
		summary.addClassName("summary");
		for (var comment : page.drafts()) {
			summary.add(row(Parts.question(this, comment.target(), page.plan()), comment.text(),
					comment(caseId, comment.target())));
		}
		var closed = Page.paragraph(getTranslation("draft-plan.check.closed"));
		closed.addClassNames("inset", "warning");
		closed.getElement().setAttribute("role", "alert");
		closed.setVisible(false);
		var send = new NativeButton(getTranslation("draft-plan.check.send"), click -> {
			try {
				comments.submit(caseId);
				UI.getCurrent().navigate(plan(caseId));
			}
			catch (CommentsClosedException ex) {
				closed.setVisible(true);
			}
		});
		send.addClassName("button");
		add(summary, closed, send);
	}

	private Div row(String asked, String text, String changeAt) {
		var key = new Paragraph(asked);
		key.addClassName("summary__key");
		var value = new Paragraph(text);
		value.addClassNames("summary__value", "answer-text");
		var change = new Anchor(changeAt, getTranslation("views.check.change"));
		change.addClassName("link");
		change.getElement().appendChild(Page.withClass(new Span(" " + asked), "visually-hidden").getElement());
		var row = new Div(key, value, change);
		row.addClassName("summary__row");
		return row;
	}

}
