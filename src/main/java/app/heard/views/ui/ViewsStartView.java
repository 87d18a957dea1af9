package app.heard.views.ui;

import app.heard.caserecord.CaseId;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import app.heard.views.Question;
import app.heard.views.SentViews;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;

/**
 * The list of questions in a set, each with whether it has an answer yet, and the way to
 * check and send; and the views others have already sent.
 */
@Route("children/:caseId/views/:kind")
@PermitAll
class ViewsStartView extends ViewsPage implements BeforeEnterObserver {

	private final transient ViewsService views;

	private final transient SubmittedViewsService submitted;

	private final transient Clock clock;

	ViewsStartView(ViewsService views, SubmittedViewsService submitted, Clock clock) {
		this.views = views;
		this.submitted = submitted;
		this.clock = clock;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var caseId = ViewsPaths.caseId(event);
		ViewKind kind = ViewsPaths.kind(event);
		ViewSet set = orNotFound(() -> views.open(caseId, kind));
		String heading = getTranslation(ViewsPaths.headingKey(set), set.childName());
		title(heading);
		removeAll();
		add(backLink("children/" + caseId), Page.heading(heading));
		ViewsClosedNotice.addIfClosed(this, set, clock);
		var whoSees = Page
			.paragraph(kind == ViewKind.ABOUT_ME ? getTranslation("views.about-me.who-sees", set.childName())
					: getTranslation(
							set.recordedForTheFamily() ? "views.for-family.who-sees" : "views.parent-carer.who-sees",
							set.childName()));
		whoSees.addClassName("inset");
		add(whoSees);
		add(RecordingForSomeoneElse.signFor(this, set));
		if (set.recordedForTheChild()) {
			add(howGathered(caseId, set));
		}
		add(Page.paragraph(getTranslation("views.start.intro")));

		var list = new UnorderedList();
		list.addClassName("case-list");
		for (var question : ViewsPaths.questionsOn(kind)) {
			boolean answered = set.answered(question);
			list.add(item(ViewsPaths.question(caseId, kind, question),
					getTranslation(ViewsPaths.questionKey(kind, question)), answered));
			if (question == Question.PROGRESS && !set.outcomes().isEmpty()) {
				boolean rated = set.outcomeRatings().values().stream().anyMatch(rating -> !rating.isBlank());
				list.add(item(ViewsPaths.outcome(caseId, kind, 1), getTranslation("views.outcome.start"), rated));
			}
		}
		add(list);
		var check = new Anchor(ViewsPaths.check(caseId, kind), getTranslation("views.start.check"));
		check.addClassName("button");
		add(check);
		sentByOthers(caseId, orNotFound(() -> submitted.sentByOthers(caseId)));
	}

	private ListItem item(String href, String text, boolean answered) {
		var link = new Anchor(href, text);
		link.addClassName("link");
		var status = new Span(getTranslation(answered ? "views.status.saved" : "views.status.not-started"));
		status.addClassNames("tag", answered ? "tag--done" : "tag--upcoming");
		return new ListItem(link, status);
	}

	/**
	 * How the child is giving their views, said once and shown with a way to change it.
	 */
	private Paragraph howGathered(CaseId caseId, ViewSet set) {
		String said = set.howGathered()
			.map(how -> getTranslation("views.how.said", set.childName(),
					getTranslation("views.how." + ViewsPaths.slug(how))))
			.orElse(getTranslation("views.how.not-said", set.childName()));
		var change = new Anchor(ViewsPaths.howGathered(caseId),
				getTranslation(set.howGathered().isPresent() ? "views.how.change" : "views.how.say", set.childName()));
		change.addClassName("link");
		var paragraph = new Paragraph(new Span(said + " "), change);
		paragraph.addClassName("body");
		return paragraph;
	}

	/**
	 * Views others have sent for this review: a separated parent sees the other's once
	 * sent, never a draft.
	 */
	private void sentByOthers(CaseId caseId, List<SentViews> sent) {
		if (sent.isEmpty()) {
			return;
		}
		var title = new H2(getTranslation("views.others.heading"));
		title.addClassName("heading-m");
		var list = new UnorderedList();
		list.addClassName("case-list");
		for (var views : sent) {
			String what = views.kind() == ViewKind.ABOUT_ME ? getTranslation("views.others.about-me")
					: getTranslation("views.others.parent-carer");
			var link = new Anchor(ViewsPaths.submitted(caseId, views.id()),
					getTranslation("views.others.item", what, views.recordedBy(), DisplayFormats.longDate(views.at())));
			link.addClassName("link");
			list.add(new ListItem(link));
		}
		add(title, list);
	}

}
