package app.heard.draftplan.ui;

import app.heard.caserecord.DraftPlan;
import app.heard.draftplan.DraftComment;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * The mark on a part of the plan the person has commented on: their words, whether they
 * have been sent, and — once the council has answered — its response beside them ("you
 * said, we did").
 */
final class CommentMarker {

	private CommentMarker() {
	}

	static Div of(Component on, DraftComment comment, Optional<DraftPlan.Response> response) {
		var label = new Paragraph(
				on.getTranslation(comment.sent() ? "draft-plan.comment.sent-label" : "draft-plan.comment.draft-label"));
		label.addClassName("summary__key");
		var marker = new Div(label, Page.withClass(Page.paragraph(comment.text()), "answer-text"));
		marker.addClassNames("inset", "comment-marker");
		marker.getElement().setAttribute("data-comment", comment.sent() ? "sent" : "draft");
		comment.sentAt().ifPresent(at -> {
			var sent = new Paragraph(on.getTranslation("draft-plan.comment.sent-on", DisplayFormats.longDate(at)) + " "
					+ comment.attribution().orElse(""));
			sent.addClassName("hint");
			marker.add(sent);
		});
		response.ifPresent(answer -> {
			var heading = new Paragraph(on.getTranslation("draft-plan.response.label"));
			heading.addClassName("summary__key");
			var words = new Div(heading,
					Page.paragraph(on.getTranslation("draft-plan.response." + answer.kind().name())));
			answer.detail().ifPresent(detail -> words.add(Page.withClass(Page.paragraph(detail), "answer-text")));
			words.addClassName("comment-response");
			marker.add(words);
		});
		return marker;
	}

}
