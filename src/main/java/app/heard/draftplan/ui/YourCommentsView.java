package app.heard.draftplan.ui;

import app.heard.caserecord.CaseId;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.Target;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * "You said, we did" that outlasts the draft: every comment the person sent on this
 * child's draft plans, with what the council did about each, also once the final plan has
 * replaced the draft (the case page links here; so does the email saying the council has
 * answered).
 */
@Route("children/:caseId/your-comments")
@PermitAll
class YourCommentsView extends CommentsPage implements BeforeEnterObserver {

	private final transient DraftPlanComments comments;

	YourCommentsView(DraftPlanComments comments) {
		this.comments = comments;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = caseId(event);
		var sent = orNotFound(() -> comments.sentComments(caseId));
		removeAll();
		String heading = getTranslation("draft-plan.yours.heading");
		title(heading);
		add(backLink("children/" + caseId), Page.heading(heading));
		if (sent.isEmpty()) {
			add(Page.paragraph(getTranslation("draft-plan.yours.none")));
			return;
		}
		add(Page.paragraph(getTranslation("draft-plan.yours.intro")));
		for (var answered : sent) {
			var about = new H2(about(answered.comment().target()));
			about.addClassName("heading-m");
			add(about, CommentMarker.of(this, answered.comment(), answered.response()));
			if (answered.response().isEmpty()) {
				add(Page.withClass(Page.paragraph(getTranslation("draft-plan.yours.not-yet")), "hint"));
			}
		}
	}

	private String about(Target target) {
		return switch (target.kind()) {
			case SECTION -> getTranslation("draft-plan.yours.about.section", target.ref());
			case OUTCOME -> getTranslation("draft-plan.yours.about.outcome");
			case PROVISION -> getTranslation("draft-plan.yours.about.provision");
			case NAMED_SETTING -> getTranslation("draft-plan.yours.about.named-setting");
			case MEETING -> getTranslation("draft-plan.yours.about.meeting");
		};
	}

}
