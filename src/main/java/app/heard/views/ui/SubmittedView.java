package app.heard.views.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.identity.CurrentPerson;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import app.heard.views.AnswerAttachments;
import app.heard.views.Question;
import app.heard.views.SubmissionId;
import app.heard.views.Submitted;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import app.heard.views.Wording;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Views as they were sent, read-only: to read on a phone, print (the print stylesheet
 * leaves out the page's controls) or download as a PDF.
 */
@Route("children/:caseId/views/sent/:submissionId")
@PermitAll
class SubmittedView extends ViewsPage implements BeforeEnterObserver {

	private final transient SubmittedViewsService submitted;

	/**
	 * The photos and videos sent beside the words, when the attachments feature is there.
	 */
	private final transient ObjectProvider<AnswerAttachments> attachments;

	private final transient CaseRecordService cases;

	private final transient CurrentPerson person;

	SubmittedView(SubmittedViewsService submitted, ObjectProvider<AnswerAttachments> attachments,
			CaseRecordService cases, CurrentPerson person) {
		this.submitted = submitted;
		this.attachments = attachments;
		this.cases = cases;
		this.person = person;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = ViewsPaths.caseId(event);
		SubmissionId id = event.getRouteParameters()
			.get("submissionId")
			.flatMap(SubmissionId::parse)
			.orElseThrow(NotFoundException::new);
		Submitted views = orNotFound(() -> submitted.submission(caseId, id));
		String heading = views.kind() == ViewKind.ABOUT_ME ? getTranslation("views.about-me.heading", views.childName())
				: getTranslation("views.submitted.parent-heading", views.childName());
		title(heading);
		removeAll();
		add(backLink("children/" + caseId), Page.heading(heading),
				Page.paragraph(getTranslation("views.sent.when", DisplayFormats.longDate(views.at()))),
				Page.paragraph(views.attribution()));
		if (views.kind() == ViewKind.ABOUT_ME && cases.context(caseId).myRole() != CaseRole.YOUNG_PERSON) {
			// The ICO Children's Code's obvious sign that someone else is looking at a
			// child's own words: on the screen, for the child beside the phone to see
			var reader = new Paragraph(
					getTranslation("views.about-me.reader", person.require().displayName(), views.childName()));
			reader.addClassNames("inset", "reading-child-views");
			add(reader);
		}
		add(controls(caseId, id));
		for (var question : views.kind().questions()) {
			add(answer(views, question));
			attachments.ifAvailable(slot -> add(slot.sent(caseId, id, question)));
			if (question == Question.PROGRESS) {
				views.outcomeRatings()
					.forEach(rating -> add(section(getTranslation("views.outcome.pdf", rating.outcome()),
							getTranslation(Wording.scaleKey(rating.rating())), rating.attribution())));
			}
		}
	}

	private Div controls(CaseId caseId, SubmissionId id) {
		var print = new NativeButton(getTranslation("views.submitted.print"),
				click -> getElement().executeJs("window.print()"));
		print.addClassNames("button", "button--secondary");
		var pdf = new Anchor((DownloadEvent download) -> {
			byte[] bytes = submitted.submissionPdf(caseId, id);
			download.setFileName("views.pdf");
			download.setContentType("application/pdf");
			download.setContentLength(bytes.length);
			download.getResponse().setHeader("Cache-Control", "no-store");
			try (var out = download.getOutputStream()) {
				out.write(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, getTranslation("views.submitted.pdf"));
		pdf.addClassName("link");
		var controls = new Div(print, new Paragraph(pdf));
		controls.addClassName("no-print");
		return controls;
	}

	private Div answer(Submitted views, Question question) {
		var answer = views.answers().get(question);
		String words = getTranslation(ViewsPaths.questionKey(views.kind(), question));
		if (answer == null) {
			return section(words, getTranslation("views.check.empty"), null);
		}
		String text = question == Question.PROGRESS ? PictureScale.wordsFor(answer.text(), this::getTranslation)
				: answer.text();
		return section(words, text, answer.attribution());
	}

	private static Div section(String heading, String text, String attribution) {
		var title = new H2(heading);
		title.addClassName("heading-m");
		var section = new Div(title, Page.withClass(Page.paragraph(text), "answer-text"));
		if (attribution != null) {
			section.add(Page.withClass(new Paragraph(attribution), "hint"));
		}
		section.addClassName("submitted-answer");
		return section;
	}

}
