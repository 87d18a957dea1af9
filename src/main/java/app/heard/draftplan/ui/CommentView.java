package app.heard.draftplan.ui;

import app.heard.caserecord.CaseId;
import app.heard.draftplan.CommentAlreadySentException;
import app.heard.draftplan.CommentConflictException;
import app.heard.draftplan.CommentsClosedException;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.DraftPlanPage;
import app.heard.draftplan.Target;
import app.heard.identity.CurrentPerson;
import app.heard.shell.ErrorSummary;
import app.heard.shell.Page;
import app.heard.shell.PlainTextArea;
import app.heard.shell.ReadAloud;
import app.heard.shell.SaveStatus;
import app.heard.shell.UnsavedWords;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * One comment, GOV.UK question-page style, with views' never-lost autosave: it saves a
 * second after the person pauses, and words typed as a session ended come back
 * ({@link UnsavedWords}). A sent comment is shown, never offered for editing.
 */
@Route("children/:caseId/draft-plan/comment/:target")
@PermitAll
class CommentView extends CommentsPage implements BeforeEnterObserver {

	private static final int MAX_LENGTH = 50_000;

	private final transient DraftPlanComments comments;

	private final transient CurrentPerson person;

	private final transient Clock clock;

	private final SaveStatus status;

	private final ErrorSummary errorSummary = new ErrorSummary();

	private final Div conflict = new Div();

	private final Paragraph problem = new Paragraph();

	private CaseId caseId;

	private Target target;

	private long version;

	private UnsavedWords unsaved;

	CommentView(DraftPlanComments comments, CurrentPerson person, Clock clock) {
		this.comments = comments;
		this.person = person;
		this.clock = clock;
		this.status = new SaveStatus(clock);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		caseId = caseId(event);
		target = event.getRouteParameters().get("target").flatMap(Target::parse).orElseThrow(NotFoundException::new);
		DraftPlanPage page = orNotFound(() -> comments.open(caseId));
		String question = Parts.question(this, target, page.plan());
		title(question);
		removeAll();
		status.clear();
		var existing = page.commentOn(target);
		version = existing.map(comment -> comment.version()).orElse(DraftPlanComments.NEW);
		String text = existing.map(comment -> comment.text()).orElse("");
		var caption = new Span(getTranslation("draft-plan.heading", page.childName()));
		caption.addClassName("caption");
		add(backLink(plan(caseId)), errorSummary, caption);
		boolean sent = existing.filter(comment -> comment.sent()).isPresent();
		if (sent || !page.canWrite(clock)) {
			add(Page.heading(question));
			add(sent ? Page.withClass(Page.paragraph(getTranslation("draft-plan.write.sent")), "inset")
					: WindowNotice.of(this, page, clock));
			if (!text.isBlank()) {
				add(Page.withClass(Page.paragraph(text), "answer-text"));
			}
			return;
		}
		var label = new NativeLabel(question);
		label.setFor("comment");
		var heading = new H1(label);
		heading.addClassNames("heading-l", "question-heading");
		String hintText = Parts.hint(this, target);
		var hint = new Paragraph(hintText);
		hint.setId("comment-hint");
		hint.addClassName("hint");
		var listen = new NativeButton(getTranslation("views.listen"),
				click -> ReadAloud.speak(this, question, hintText));
		listen.addClassNames("button", "button--secondary");
		problem.setId("comment-error");
		problem.addClassName("error-message");
		problem.setVisible(false);
		var box = new PlainTextArea("comment", text);
		box.addClassName("textarea");
		box.getElement().setAttribute("aria-describedby", "comment-hint");
		box.onPause(this::save);
		unsaved = new UnsavedWords(box, comment(caseId, target), person.require().id(), version, (kept, basedOn) -> {
			version = basedOn;
			if (save(kept)) {
				status.savedNow("views.saving.restored");
			}
		});
		conflict.addClassName("inset");
		conflict.setVisible(false);
		var next = new NativeButton(getTranslation("views.continue"));
		next.addClassName("button");
		// The click carries the words as they are now, even before the pause for autosave
		String value = "document.getElementById('comment').value";
		next.getElement()
			.addEventListener("click", click -> saveAndContinue(click.getEventData().get(value).asString()))
			.addEventData(value);
		add(heading, hint, WindowNotice.of(this, page, clock), listen, problem, box, status, conflict, next);
	}

	private boolean save(String text) {
		if (text.length() > MAX_LENGTH) {
			status.say(getTranslation("draft-plan.write.too-long", text.length(), MAX_LENGTH));
			return false;
		}
		try {
			version = comments.save(caseId, target, text, version);
			conflict.setVisible(false);
			status.savedNow();
			unsaved.basedOn(version);
			unsaved.saved(text);
			return true;
		}
		catch (CommentConflictException ex) {
			showConflict(text, ex);
		}
		catch (CommentsClosedException | CommentAlreadySentException ex) {
			// The words stay in the box and in the tab; the page says why they cannot go
			showProblem(getTranslation(
					ex instanceof CommentsClosedException ? "draft-plan.check.closed" : "draft-plan.write.sent"));
		}
		return false;
	}

	private void saveAndContinue(String text) {
		if (text == null) {
			return;
		}
		if (text.length() > MAX_LENGTH) {
			showProblem(getTranslation("draft-plan.write.too-long", text.length(), MAX_LENGTH));
			return;
		}
		if (save(text)) {
			UI.getCurrent().navigate(plan(caseId));
		}
	}

	private void showProblem(String message) {
		errorSummary.show(getTranslation("views.error.heading"), message, "comment");
		problem.setText(message);
		problem.setVisible(true);
		status.say(message);
	}

	private void showConflict(String mine, CommentConflictException ex) {
		conflict.removeAll();
		var keepMine = new NativeButton(getTranslation("draft-plan.write.keep-mine"), click -> {
			version = ex.theirVersion();
			save(mine);
		});
		keepMine.addClassName("button");
		var useOther = new NativeButton(getTranslation("draft-plan.write.use-other"), click -> {
			version = ex.theirVersion();
			getElement().executeJs("document.getElementById('comment').value = $0", ex.theirText());
			conflict.setVisible(false);
			unsaved.basedOn(version);
			unsaved.forget();
		});
		useOther.addClassNames("button", "button--secondary");
		conflict.add(Page.paragraph(getTranslation("draft-plan.write.conflict")),
				Page.withClass(Page.paragraph(ex.theirText()), "answer-text"), keepMine, useOther);
		conflict.setVisible(true);
		status.say(getTranslation("draft-plan.write.conflict"));
	}

}
