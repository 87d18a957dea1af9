package app.heard.views.ui;

import app.heard.shell.ErrorSummary;
import app.heard.shell.ReadAloud;
import app.heard.shell.UnsavedWords;
import app.heard.shell.SaveStatus;
import app.heard.shell.PlainTextArea;
import app.heard.caserecord.CaseId;
import app.heard.identity.CurrentPerson;
import app.heard.shell.Page;
import app.heard.views.AnswerAttachments;
import app.heard.views.EditConflictException;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One question, GOV.UK question-page style: the question is the label and the {@code h1}.
 * What is typed saves by itself a second after the person pauses; "Save and continue"
 * saves too. Nothing typed is ever cleared.
 */
@Route("children/:caseId/views/:kind/:question")
@PermitAll
class QuestionView extends ViewsPage implements BeforeEnterObserver {

	private final transient ViewsService views;

	private final transient Clock clock;

	private final transient CurrentPerson person;

	/** Photos and videos beside the words, when the attachments feature is there. */
	private final transient ObjectProvider<AnswerAttachments> attachments;

	private CaseId caseId;

	private ViewKind kind;

	private Question question;

	private long version;

	private final SaveStatus status;

	private final Div conflict = new Div();

	private final ErrorSummary errorSummary = new ErrorSummary();

	private final Paragraph errorMessage = new Paragraph();

	private PlainTextArea answerField;

	private UnsavedWords unsaved;

	private String questionText;

	private int outcomes;

	QuestionView(ViewsService views, Clock clock, CurrentPerson person, ObjectProvider<AnswerAttachments> attachments) {
		this.views = views;
		this.clock = clock;
		this.status = new SaveStatus(clock);
		this.person = person;
		this.attachments = attachments;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		caseId = ViewsPaths.caseId(event);
		kind = ViewsPaths.kind(event);
		question = ViewsPaths.question(event, kind);
		ViewSet set = orNotFound(() -> views.open(caseId, kind));
		version = set.versionOf(question);
		outcomes = set.outcomes().size();
		questionText = getTranslation(ViewsPaths.questionKey(kind, question));
		title(questionText);
		removeAll();
		render(set, questionText);
	}

	private void render(ViewSet set, String questionText) {
		var caption = new Span(getTranslation(ViewsPaths.headingKey(set), set.childName()));
		caption.addClassName("caption");
		boolean scale = question == Question.PROGRESS;
		String current = set.answers().containsKey(question) ? set.answers().get(question).text() : "";
		var hint = new Paragraph(getTranslation("question." + ViewsPaths.slug(question) + ".hint"));
		hint.setId("answer-hint");
		hint.addClassName("hint");
		var limit = new Paragraph(getTranslation("views.limit", number(Question.MAX_LENGTH)));
		limit.setId("answer-limit");
		limit.addClassName("hint");
		var listen = new NativeButton(getTranslation("views.listen"),
				click -> ReadAloud.speak(this, questionText, hint.getText()));
		listen.addClassNames("button", "button--secondary");
		errorSummary.setVisible(false);
		add(backLink(ViewsPaths.start(caseId, kind)), errorSummary, caption);
		if (scale) {
			add(new PictureScale(questionText, hint.getElement(), current, this::getTranslation, this::save));
		}
		else {
			var label = new NativeLabel(questionText);
			label.setFor("answer");
			var heading = new H1(label);
			heading.addClassNames("heading-l", "question-heading");
			add(heading, hint);
		}
		add(RecordingForSomeoneElse.signFor(this, set));
		ViewsClosedNotice.addIfClosed(this, set, clock);
		add(listen);

		String lastTime = set.lastReview().get(question);
		if (lastTime != null) {
			var inset = new Div(Page.withClass(new Paragraph(getTranslation("views.last-time")), "summary__key"),
					Page.withClass(new Paragraph(lastTime), "answer-text"));
			inset.addClassName("inset");
			if (!scale) {
				inset.add(copyIn(lastTime));
			}
			add(inset);
		}

		errorMessage.setId("answer-error");
		errorMessage.addClassName("error-message");
		errorMessage.setVisible(false);
		var answer = new PlainTextArea("answer", current);
		answer.getElement().setAttribute("aria-describedby", "answer-hint answer-limit");
		// No maxlength: a browser silently cuts pasted text, and nothing typed may be
		// lost. Too long is said instead.
		answer.addClassName("textarea");
		answer.onPause(this::save);
		answerField = answer;
		unsaved = scale ? null : new UnsavedWords(answer, ViewsPaths.question(caseId, kind, question),
				person.require().id(), version, this::restoreKeptWords);

		// Vaadin keeps this view when moving to the next question: nothing from the last
		// one may show here
		status.clear();
		conflict.addClassName("inset");
		conflict.setVisible(false);

		var next = new NativeButton(getTranslation("views.continue"));
		next.addClassName("button");
		// The click carries the text as it is now, even if the pause before autosave has
		// not come yet
		String value = scale ? PictureScale.VALUE_EXPRESSION : "document.getElementById('answer').value";
		next.getElement()
			.addEventListener("click", click -> saveAndContinue(click.getEventData().get(value).asString()))
			.addEventData(value);
		if (!scale) {
			add(limit, errorMessage, answer);
		}
		add(status, conflict);
		if (!scale) {
			attachments.ifAvailable(slot -> add(slot.editor(caseId, kind, question)));
		}
		add(next);
	}

	private boolean save(String text) {
		if (text.length() > Question.MAX_LENGTH) {
			status.say(getTranslation("views.too-long.status", number(Question.MAX_LENGTH)));
			return false;
		}
		try {
			version = views.save(caseId, kind, question, text, version);
			conflict.setVisible(false);
			status.savedNow();
			if (unsaved != null) {
				unsaved.basedOn(version);
				unsaved.saved(text);
			}
			return true;
		}
		catch (EditConflictException ex) {
			showConflict(text, ex);
			return false;
		}
	}

	/**
	 * Words kept in the tab from before the session ended go back in the box and are
	 * saved against the version they were typed on; if that has changed, the conflict
	 * choice shows both.
	 */
	private void restoreKeptWords(String text, long basedOnVersion) {
		version = basedOnVersion;
		if (save(text)) {
			status.savedNow("views.saving.restored");
		}
	}

	private void saveAndContinue(String text) {
		if (text == null) {
			return;
		}
		if (text.length() > Question.MAX_LENGTH) {
			showError(getTranslation("views.too-long.error", number(text.length()), number(Question.MAX_LENGTH)));
			return;
		}
		if (!save(text)) {
			return;
		}
		UI.getCurrent().navigate(ViewsPaths.after(caseId, kind, question, outcomes));
	}

	/**
	 * GOV.UK error pattern: a summary at the top that takes focus and links to the field,
	 * the message beside the field, and "Error: " before the page title. The text stays
	 * exactly as typed.
	 */
	private void showError(String message) {
		errorSummary.show(getTranslation("views.error.heading"), message, "answer");
		errorMessage.setText(message);
		errorMessage.setVisible(true);
		answerField.getElement().setAttribute("aria-describedby", "answer-hint answer-limit answer-error");
		answerField.addClassName("textarea--error");
		title(getTranslation("views.error.title-prefix") + questionText);
		UI.getCurrent().getPage().setTitle(getPageTitle());
	}

	/**
	 * Puts last time's words into the box to edit (after anything already typed), and
	 * lets autosave keep them like typing would.
	 */
	private NativeButton copyIn(String lastTime) {
		var copy = new NativeButton(getTranslation("views.last-time.copy"), click -> getElement().executeJs("""
				const box = document.getElementById('answer');
				box.value = box.value.trim() === '' ? $0 : box.value + '\\n\\n' + $0;
				box.dispatchEvent(new Event('input', { bubbles: true }));
				box.focus();""", lastTime));
		copy.addClassNames("button", "button--secondary");
		return copy;
	}

	private static String number(int value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	/**
	 * Both texts stay on screen; the person chooses. Their own text stays in the box
	 * until they do.
	 */
	private void showConflict(String mine, EditConflictException ex) {
		conflict.removeAll();
		var theirs = new Paragraph(ex.theirText());
		theirs.addClassName("body");
		var keepMine = new NativeButton(getTranslation("views.conflict.keep-mine"), click -> {
			version = ex.theirVersion();
			save(mine);
		});

		keepMine.addClassName("button");
		var useTheirs = new NativeButton(getTranslation("views.conflict.use-theirs"), click -> {
			version = ex.theirVersion();
			getElement().executeJs("document.getElementById('answer').value = $0", ex.theirText());
			conflict.setVisible(false);
			if (unsaved != null) {
				unsaved.basedOn(version);
				unsaved.forget();
			}
		});
		useTheirs.addClassNames("button", "button--secondary");
		conflict.add(Page.paragraph(getTranslation("views.saving.conflict")),
				Page.withClass(new Paragraph(getTranslation("views.conflict.theirs")), "summary__key"), theirs,
				keepMine, useTheirs);
		conflict.setVisible(true);
		status.say(getTranslation("views.saving.conflict"));
	}

}
