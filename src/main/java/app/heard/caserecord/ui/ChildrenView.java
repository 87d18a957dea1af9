package app.heard.caserecord.ui;

import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSummary;
import app.heard.shell.Page;
import app.heard.statutory.KeyDate;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import app.heard.shell.DisplayFormats;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * The children whose cases a person is linked to; for a co-ordinator, their team's cases.
 * Late ones first: an LA officer with 300 cases needs to see what is overdue without
 * scrolling.
 */
@Route("children")
@PermitAll
class ChildrenView extends Div implements HasDynamicTitle {

	/** Advocates and DiAS workers act for families, and read the list as families. */
	private static final Set<CaseRole> HELPERS = EnumSet.of(CaseRole.ADVOCATE, CaseRole.DIAS_WORKER);

	private final boolean coordinator;

	private final boolean helper;

	ChildrenView(CaseRecordService cases) {
		List<CaseSummary> mine = cases.myCases();
		coordinator = !mine.isEmpty() && mine.stream().allMatch(c -> c.myRole() == CaseRole.CASE_COORDINATOR);
		helper = !mine.isEmpty() && mine.stream().allMatch(c -> HELPERS.contains(c.myRole()));
		add(Page.heading(getPageHeading()));
		if (mine.isEmpty()) {
			add(Page.paragraph(getTranslation("children.none")), Page.paragraph(getTranslation("children.none-help")));
			return;
		}
		if (helper) {
			add(Page.paragraph(getTranslation("children.helper.count", mine.size())));
		}
		var list = new UnorderedList();
		list.addClassName("case-list");
		mine.forEach(summary -> list.add(item(summary)));
		add(list);
	}

	private ListItem item(CaseSummary summary) {
		var link = new Anchor("children/" + summary.id(), summary.childName());
		link.addClassNames("link", "case-list__link");
		var item = new ListItem(link);
		if (summary.anythingLate()) {
			item.add(Labels.statusTag(this, KeyDate.Status.LATE));
		}
		var details = new Span(String.join(" · ", detailParts(summary)));
		details.addClassName("case-list__detail");
		item.add(details);
		return item;
	}

	private List<String> detailParts(CaseSummary summary) {
		var parts = new ArrayList<String>();
		if (summary.settingName() != null) {
			parts.add(summary.settingName());
		}
		parts.add(getTranslation("children.your-role", Labels.role(this, summary.myRole())));
		summary.stage().ifPresent(stage -> parts.add(getTranslation("children.stage", Labels.stage(this, stage))));
		summary.nextDate().ifPresent(date -> parts.add(waiting(summary, date)));
		return parts;
	}

	/**
	 * For someone helping a family, what the family is waiting on them for, rather than
	 * "your views".
	 */
	private String waiting(CaseSummary summary, KeyDate date) {
		if (HELPERS.contains(summary.myRole()) && date.kind() == KeyDate.Kind.VIEWS_DUE) {
			return getTranslation("children.waiting.views", DisplayFormats.longDate(date.date()));
		}
		return Labels.keyDateSentence(this, date);
	}

	private String getPageHeading() {
		return getTranslation(
				coordinator ? "children.heading.coordinator" : helper ? "children.heading.helper" : "children.heading");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getPageHeading());
	}

}
