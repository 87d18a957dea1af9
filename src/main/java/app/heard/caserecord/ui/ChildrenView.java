package app.heard.caserecord.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.shell.DisplayFormats;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSummary;
import app.heard.shell.Page;
import app.heard.statutory.KeyDate;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import app.heard.shell.DisplayFormats;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The children whose cases a person is linked to; for a co-ordinator, their team's cases.
 * Late ones first: an LA officer with 300 cases needs to see what is overdue without
 * scrolling.
 */
@Route("children")
@PermitAll
class ChildrenView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	/**
	 * Set once the handover has been offered in this session, so "Do this later" holds.
	 */
	private static final String HANDOVER_OFFERED = ChildrenView.class.getName() + ".handover-offered";

	/** Advocates and DiAS workers act for families, and read the list as families. */
	private static final Set<CaseRole> HELPERS = EnumSet.of(CaseRole.ADVOCATE, CaseRole.DIAS_WORKER);

	private final boolean coordinator;

	private final boolean helper;

	private final transient YoungPersonHandover handover;

	private final Map<CaseId, LocalDate> ownLoginsToOffer;

	ChildrenView(CaseRecordService cases, YoungPersonHandover handover) {
		this.handover = handover;
		List<CaseSummary> mine = cases.myCases();
		coordinator = !mine.isEmpty() && mine.stream().allMatch(c -> c.myRole() == CaseRole.CASE_COORDINATOR);
		helper = !mine.isEmpty() && mine.stream().allMatch(c -> HELPERS.contains(c.myRole()));
		ownLoginsToOffer = coordinator ? handover.ownLoginsToOffer() : Map.of();
		add(Page.heading(getPageHeading()));
		if (mine.isEmpty()) {
			// Under-16s never get a login of their own; say why rather than "nothing
			// linked"
			add(Page.paragraph(getTranslation(handover.tooYoungForOwnLogin() ? "children.too-young" : "children.none")),
					Page.paragraph(getTranslation("children.none-help")));
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
		var sixteenth = ownLoginsToOffer.get(summary.id());
		if (sixteenth != null) {
			var offer = new Anchor("children/" + summary.id() + "/people",
					getTranslation("children.own-login", DisplayFormats.longDate(sixteenth)));
			offer.addClassNames("link", "case-list__detail");
			item.add(new Div(offer));
		}
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
	 * A young person's first visit after the end of compulsory school age starts with
	 * what has changed for them.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var session = VaadinSession.getCurrent();
		if (session.getAttribute(HANDOVER_OFFERED) == null) {
			handover.waitingForMe().ifPresent(id -> {
				session.setAttribute(HANDOVER_OFFERED, Boolean.TRUE);
				// A real page change, not forwardTo: a forward during the first request
				// after sign-in left the address bar on /children, and the client then
				// loaded it again
				event.getUI().getPage().setLocation(HandoverPaths.start(id));
			});
		}
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
