package app.heard.views.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Confirmation: sent, when, what happens next and until when it can still be changed. */
@Route("children/:caseId/views/:kind/sent")
@PermitAll
class SentView extends ViewsPage implements BeforeEnterObserver {

	private final transient SubmittedViewsService views;

	private final transient CaseRecordService cases;

	SentView(SubmittedViewsService views, CaseRecordService cases) {
		this.views = views;
		this.cases = cases;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = ViewsPaths.caseId(event);
		ViewKind kind = ViewsPaths.kind(event);
		var submitted = orNotFound(() -> views.lastSubmission(caseId, kind)).orElseThrow(NotFoundException::new);
		var context = orNotFound(() -> cases.context(caseId));
		String heading = getTranslation("views.sent.heading");
		title(heading);
		removeAll();
		add(Page.heading(heading),
				Page.paragraph(getTranslation("views.sent.when", DisplayFormats.longDate(submitted.at()))),
				Page.paragraph(submitted.attribution()),
				Page.paragraph(context.viewsDueOn()
					.map(due -> getTranslation("views.sent.next", DisplayFormats.longDate(due)))
					.orElse(getTranslation("views.sent.next-no-date"))));
		var read = new Anchor(ViewsPaths.submitted(caseId, submitted.id()), getTranslation("views.sent.read"));
		read.addClassName("link");
		var back = new Anchor("children/" + caseId, getTranslation("views.sent.back", context.childName()));
		back.addClassName("link");
		add(new Paragraph(read), new Paragraph(back));
	}

}
