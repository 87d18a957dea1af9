package app.heard.draftplan.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.draftplan.NoDraftPlanException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.function.Supplier;

/**
 * What every draft plan page shares: a title, a back link, addresses, and "not found" for
 * a case the person is not linked to or one with no draft.
 */
abstract class CommentsPage extends Div implements HasDynamicTitle {

	private String title = "";

	protected void title(String title) {
		this.title = title;
	}

	protected Anchor backLink(String href) {
		var back = new Anchor(href, getTranslation("views.back"));
		back.addClassName("back-link");
		return back;
	}

	static CaseId caseId(BeforeEnterEvent event) {
		return event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
	}

	static String plan(CaseId caseId) {
		return "children/" + caseId + "/draft-plan";
	}

	static String check(CaseId caseId) {
		return plan(caseId) + "/check";
	}

	static String comment(CaseId caseId, app.heard.draftplan.Target target) {
		return plan(caseId) + "/comment/" + target.slug();
	}

	/**
	 * Someone who may not see this draft learns nothing more than that it is not there.
	 */
	protected static <T> T orNotFound(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (CaseNotFoundException | NoDraftPlanException ex) {
			throw new NotFoundException();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", title);
	}

}
