package app.heard.views.ui;

import app.heard.shell.Page;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The list of questions in a set, each with whether it has an answer yet, and the way to
 * check and send.
 */
@Route("children/:caseId/views/:kind")
@PermitAll
class ViewsStartView extends ViewsPage implements BeforeEnterObserver {

	private final transient ViewsService views;

	ViewsStartView(ViewsService views) {
		this.views = views;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var caseId = ViewsPaths.caseId(event);
		ViewKind kind = ViewsPaths.kind(event);
		ViewSet set = orNotFound(() -> views.open(caseId, kind));
		String heading = getTranslation(ViewsPaths.headingKey(kind), set.childName());
		title(heading);
		removeAll();
		add(backLink("children/" + caseId), Page.heading(heading));
		var whoSees = Page
			.paragraph(kind == ViewKind.ABOUT_ME ? getTranslation("views.about-me.who-sees", set.childName())
					: getTranslation("views.parent-carer.who-sees"));
		whoSees.addClassName("inset");
		add(whoSees);
		if (set.recordedForTheChild()) {
			add(RecordingForTheChild.sign(this, set));
		}
		add(Page.paragraph(getTranslation("views.start.intro")));

		var list = new UnorderedList();
		list.addClassName("case-list");
		for (var question : ViewsPaths.questionsOn(kind)) {
			var link = new Anchor(ViewsPaths.question(caseId, kind, question),
					getTranslation(ViewsPaths.questionKey(kind, question)));
			link.addClassName("link");
			boolean answered = set.answers().containsKey(question) && !set.answers().get(question).text().isBlank();
			var status = new Span(getTranslation(answered ? "views.status.saved" : "views.status.not-started"));
			status.addClassNames("tag", answered ? "tag--done" : "tag--upcoming");
			var item = new ListItem(link, status);
			list.add(item);
		}
		add(list);
		var check = new Anchor(ViewsPaths.check(caseId, kind), getTranslation("views.start.check"));
		check.addClassName("button");
		add(check);
	}

}
