package app.heard.upload.ui;

import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordService;
import app.heard.shell.Page;
import app.heard.upload.FileChoice;
import app.heard.upload.UploadField;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.Wording;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Adds a file to one question's answer: one thing on the page, as GOV.UK question pages
 * do. {@code ?what=photo|video|voice|document} says which button beside the answer led
 * here ({@link FileChoice}). The file goes straight to the upload endpoint; what becomes
 * of it (photos, videos) is the media pipeline's.
 */
@Route("children/:caseId/views/:kind/:question/add-file")
@PermitAll
class AddFileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient CaseRecordService cases;

	private final DataSize maxFileSize;

	private String heading;

	AddFileView(CaseRecordService cases, @Value("${heard.upload.max-file-size}") DataSize maxFileSize) {
		this.cases = cases;
		this.maxFileSize = maxFileSize;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = event.getRouteParameters()
			.get("caseId")
			.flatMap(CaseId::parse)
			.orElseThrow(NotFoundException::new);
		ViewKind kind = event.getRouteParameters()
			.get("kind")
			.flatMap(ViewKind::fromSlug)
			.orElseThrow(NotFoundException::new);
		String slug = event.getRouteParameters().get("question").orElse("");
		Question question = kind.question(slug).orElseThrow(NotFoundException::new);
		CaseContext context;
		try {
			context = cases.context(caseId);
		}
		catch (CaseNotFoundException ex) {
			throw new NotFoundException();
		}
		if (!kind.mayBeRecordedIn(context)) {
			throw new NotFoundException();
		}
		FileChoice choice = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("what")
			.flatMap(FileChoice::fromSlug)
			.orElse(FileChoice.ANY);
		heading = getTranslation(choice.key("heading"));
		String questionPage = "children/" + caseId + "/views/" + kind.slug() + "/" + slug;
		var back = new Anchor(questionPage, getTranslation("views.back"));
		back.addClassName("back-link");
		var caption = new Span(getTranslation("upload.caption", getTranslation(Wording.questionKey(kind, question))));
		caption.addClassName("caption");
		var done = new Anchor(questionPage, getTranslation("upload.back"));
		done.addClassName("link");
		removeAll();
		add(back, caption, Page.heading(heading), Page.paragraph(getTranslation("upload.intro")),
				new UploadField(caseId, kind, question, choice, maxFileSize), new Paragraph(done));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", heading);
	}

}
