package app.heard.views.ui;

import app.heard.caserecord.CaseId;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses of the views pages, and reading them back from a route: anything unknown is
 * "not found".
 */
final class ViewsPaths {

	private ViewsPaths() {
	}

	/** Every question has a page of its own, in the order the set asks them. */
	static List<Question> questionsOn(ViewKind kind) {
		return kind.questions();
	}

	/**
	 * The words for a question: the progress question is asked of the child, or about the
	 * child.
	 */
	static String questionKey(ViewKind kind, Question question) {
		String key = "question." + slug(question);
		return question == Question.PROGRESS && kind == ViewKind.PARENT_CARER ? key + ".family" : key;
	}

	static String slug(ViewKind kind) {
		return kind == ViewKind.ABOUT_ME ? "about-me" : "our-views";
	}

	static String slug(Question question) {
		return question.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String start(CaseId caseId, ViewKind kind) {
		return "children/" + caseId + "/views/" + slug(kind);
	}

	static String question(CaseId caseId, ViewKind kind, Question question) {
		return start(caseId, kind) + "/" + slug(question);
	}

	static String check(CaseId caseId, ViewKind kind) {
		return start(caseId, kind) + "/check";
	}

	static String sent(CaseId caseId, ViewKind kind) {
		return start(caseId, kind) + "/sent";
	}

	static CaseId caseId(BeforeEnterEvent event) {
		return event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
	}

	static ViewKind kind(BeforeEnterEvent event) {
		String slug = event.getRouteParameters().get("kind").orElse("");
		return switch (slug) {
			case "about-me" -> ViewKind.ABOUT_ME;
			case "our-views" -> ViewKind.PARENT_CARER;
			default -> throw new NotFoundException();
		};
	}

	static Question question(BeforeEnterEvent event, ViewKind kind) {
		String slug = event.getRouteParameters().get("question").orElse("");
		return questionsOn(kind).stream()
			.filter(q -> slug(q).equals(slug))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	static Optional<Question> next(ViewKind kind, Question current) {
		var questions = questionsOn(kind);
		int index = questions.indexOf(current);
		return index + 1 < questions.size() ? Optional.of(questions.get(index + 1)) : Optional.empty();
	}

	static String headingKey(ViewKind kind) {
		return kind == ViewKind.ABOUT_ME ? "views.about-me.heading" : "views.parent-carer.heading";
	}

}
