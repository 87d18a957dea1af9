package app.heard.views.ui;

import app.heard.caserecord.CaseId;
import app.heard.views.Gathered;
import app.heard.views.Question;
import app.heard.views.SubmissionId;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.Wording;
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

	static String questionKey(ViewKind kind, Question question) {
		return Wording.questionKey(kind, question);
	}

	static String slug(ViewKind kind) {
		return kind.slug();
	}

	static String slug(Gathered how) {
		return how.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String slug(Question question) {
		return Wording.slug(question);
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

	static String howGathered(CaseId caseId) {
		return start(caseId, ViewKind.ABOUT_ME) + "/how";
	}

	/** The page for the outcome at this position in the plan, counting from 1. */
	static String outcome(CaseId caseId, ViewKind kind, int number) {
		return start(caseId, kind) + "/outcomes/" + number;
	}

	static String submitted(CaseId caseId, SubmissionId id) {
		return "children/" + caseId + "/views/sent/" + id;
	}

	/**
	 * Where "Save and continue" goes from a question: the outcomes come straight after
	 * the progress question, when the plan has any.
	 */
	static String after(CaseId caseId, ViewKind kind, Question current, int outcomes) {
		if (current == Question.PROGRESS && outcomes > 0) {
			return outcome(caseId, kind, 1);
		}
		return next(kind, current).map(next -> question(caseId, kind, next)).orElse(check(caseId, kind));
	}

	/** Where "Save and continue" goes from an outcome. */
	static String afterOutcome(CaseId caseId, ViewKind kind, int number, int outcomes) {
		return number < outcomes ? outcome(caseId, kind, number + 1) : after(caseId, kind, Question.PROGRESS, 0);
	}

	static CaseId caseId(BeforeEnterEvent event) {
		return event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
	}

	static ViewKind kind(BeforeEnterEvent event) {
		return ViewKind.fromSlug(event.getRouteParameters().get("kind").orElse("")).orElseThrow(NotFoundException::new);
	}

	static Question question(BeforeEnterEvent event, ViewKind kind) {
		return kind.question(event.getRouteParameters().get("question").orElse("")).orElseThrow(NotFoundException::new);
	}

	static Optional<Question> next(ViewKind kind, Question current) {
		var questions = questionsOn(kind);
		int index = questions.indexOf(current);
		return index + 1 < questions.size() ? Optional.of(questions.get(index + 1)) : Optional.empty();
	}

	static String headingKey(ViewSet set) {
		if (set.kind() == ViewKind.ABOUT_ME) {
			return "views.about-me.heading";
		}
		return set.recordedForTheFamily() ? "views.for-family.heading" : "views.parent-carer.heading";
	}

}
