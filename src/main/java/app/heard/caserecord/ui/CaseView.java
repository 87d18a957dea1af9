package app.heard.caserecord.ui;

import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseOverview;
import app.heard.caserecord.CaseOverview.CurrentReview;
import app.heard.caserecord.CaseOverview.PersonWithAccess;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.EmailProblems;
import app.heard.caserecord.ReviewStage;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import app.heard.statutory.KeyDate;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A child's case in plain English: who, where the review is, the dates that matter (late
 * ones flagged), and who else can see this child's information.
 */
@Route("children/:caseId")
@PermitAll
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient CaseRecordService cases;

	private final transient YoungPersonHandover handover;

	private final transient CaseAccessService access;

	private final transient EmailProblems emailProblems;

	private String childName = "";

	CaseView(CaseRecordService cases, YoungPersonHandover handover, CaseAccessService access,
			EmailProblems emailProblems) {
		this.cases = cases;
		this.emailProblems = emailProblems;
		this.handover = handover;
		this.access = access;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId id = event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
		CaseOverview overview;
		try {
			overview = cases.overview(id);
		}
		catch (CaseNotFoundException ex) {
			throw new NotFoundException();
		}
		childName = overview.childName();
		removeAll();
		render(overview);
	}

	private void render(CaseOverview overview) {
		var caption = new Span(getTranslation("case.caption", overview.childFullName()));
		caption.addClassName("caption");
		add(caption, Page.heading(getTranslation("case.heading", overview.childName())));
		add(aboutTheChild(overview));
		if (overview.myRole() == CaseRole.CASE_COORDINATOR) {
			add(forTheCoordinator(overview));
		}
		overview.review().ifPresent(review -> {
			add(section("case.review.heading"), stages(review));
			add(giveViews(overview));
		});
		// The draft plan pages (draftplan module) check the same again
		cases.draftPlan(overview.id())
			.ifPresent(draft -> add(new UnorderedList(new ListItem(link("children/" + overview.id() + "/draft-plan",
					getTranslation("case.draft-plan.link", overview.childName()))))));
		// "You said, we did" stays once the final plan has replaced the draft
		if (!cases.commentResponses(overview.id()).isEmpty()) {
			add(new UnorderedList(new ListItem(
					link("children/" + overview.id() + "/your-comments", getTranslation("case.your-comments.link")))));
		}
		add(section("case.dates.heading"));
		if (overview.anythingLate()) {
			var warning = Page.paragraph(getTranslation("case.dates.late-warning"));
			warning.addClassNames("inset", "warning");
			add(warning);
		}
		add(keyDates(overview));
		add(section("case.who.heading." + whose(overview.myRole())), whoCanSee(overview));
		add(accessActions(overview));
		if (overview.myRole() == CaseRole.CASE_COORDINATOR) {
			add(new Paragraph(
					link("children/" + overview.id() + "/restrictions", getTranslation("case.restrictions.link"))));
			add(section("case.subject-access.heading"), subjectAccess(overview));
		}
		if (handover.iDecideWhoCanSee(overview.id())) {
			String words = overview.myRole() == CaseRole.YOUNG_PERSON ? getTranslation("case.handover.link")
					: getTranslation("case.handover.link.for", overview.childName());
			add(Page.paragraph(""));
			add(link(HandoverPaths.check(overview.id()), words));
		}
	}

	/**
	 * A plain download (subjectaccess module), outside the router; the handler checks the
	 * role again.
	 */
	private Div subjectAccess(CaseOverview overview) {
		var download = new Anchor("children/" + overview.id() + "/everything.zip",
				getTranslation("case.subject-access.link", overview.childName()));
		download.addClassName("link");
		download.setRouterIgnore(true);
		download.getElement().setAttribute("download", "");
		return new Div(Page.paragraph(getTranslation("case.subject-access.hint")), new Paragraph(download));
	}

	/**
	 * From the young person's 16th birthday until they have a login, a prompt to offer
	 * one; and the capacity records, decision by decision.
	 */
	private Div forTheCoordinator(CaseOverview overview) {
		var tasks = new Div();
		var undelivered = emailProblems.undelivered(overview.id());
		if (!undelivered.isEmpty()) {
			var problems = new Div(Page.paragraph(getTranslation("case.undelivered.heading")));
			problems.addClassNames("inset", "warning");
			var list = new UnorderedList();
			list.addClassName("list");
			undelivered.forEach(email -> list.add(new ListItem(getTranslation("case.undelivered.item", email.name(),
					DisplayFormats.longDate(email.at()), email.reason()))));
			problems.add(list);
			tasks.add(problems);
		}
		var sixteenth = handover.ownLoginsToOffer().get(overview.id());
		if (sixteenth != null) {
			var prompt = new Div(Page
				.paragraph(getTranslation("case.own-login", overview.childName(), DisplayFormats.longDate(sixteenth))));
			prompt.addClassName("inset");
			prompt.add(new Paragraph(link("children/" + overview.id() + "/people",
					getTranslation("case.own-login.link", overview.childName()))));
			tasks.add(prompt);
		}
		tasks.add(new Paragraph(link("children/" + overview.id() + "/capacity",
				getTranslation("case.capacity.link", overview.childName()))));
		return tasks;
	}

	/**
	 * The co-ordinator manages everyone's access on the people page; the family can end
	 * their advocate's or DiAS worker's access from here.
	 */
	private UnorderedList accessActions(CaseOverview overview) {
		var links = new UnorderedList();
		links.addClassName("list");
		if (overview.myRole() == CaseRole.CASE_COORDINATOR) {
			links.add(new ListItem(link("children/" + overview.id() + "/people", getTranslation("case.people.link"))));
		}
		else if (overview.myRole() == CaseRole.PARENT_CARER || overview.myRole() == CaseRole.YOUNG_PERSON) {
			access.whoHasAccess(overview.id()).stream().filter(CaseAccessService.Access::youMayEnd).forEach(person -> {
				links.add(new ListItem(link("children/" + overview.id() + "/access/" + person.involvementId() + "/end",
						getTranslation("case.people.end", person.displayName()))));
				links.add(new ListItem(askToComment(overview.id(), person)));
			});
		}
		return links;
	}

	/**
	 * The family's say in whether their advocate or DiAS worker comments on draft plans
	 * for them: what is true now, and a button that changes it.
	 */
	private Div askToComment(CaseId caseId, CaseAccessService.Access helper) {
		var now = new Span(getTranslation(
				helper.askedToComment() ? "case.people.comments.asked" : "case.people.comments.not-asked",
				helper.displayName()));
		var change = new NativeButton(
				getTranslation(helper.askedToComment() ? "case.people.comments.stop" : "case.people.comments.ask",
						helper.displayName()),
				click -> {
					access.askToComment(caseId, helper.involvementId(), !helper.askedToComment());
					UI.getCurrent().getPage().reload();
				});
		change.addClassNames("button", "button--secondary");
		return new Div(new Paragraph(now), change);
	}

	private Div aboutTheChild(CaseOverview overview) {
		var summary = new Div();
		summary.addClassName("summary");
		row(summary, "case.school", overview.settingName());
		row(summary, "case.year", overview.yearGroup());
		row(summary, "case.address", overview.homeAddress());
		row(summary, "case.contact", overview.familyContact());
		// In plain words ("Autism", not "ASD"), primary need first
		row(summary, "case.needs", String.join(", ",
				overview.needs().stream().map(need -> getTranslation("sen-type." + need.name())).toList()));
		row(summary, "case.plan-date",
				overview.planIssuedOn().map(DisplayFormats::longDate).orElse(getTranslation("case.plan-none")));
		row(summary, "case.your-role", Labels.role(this, overview.myRole()));
		return summary;
	}

	private void row(Div summary, String key, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		summary.add(Page.summaryRow(getTranslation(key), value));
	}

	private OrderedList stages(CurrentReview review) {
		var list = new OrderedList();
		list.addClassName("stages");
		for (ReviewStage stage : ReviewStage.SHOWN) {
			var item = new ListItem(Labels.stage(this, stage));
			int order = stage.compareTo(review.stage());
			if (order < 0) {
				item.addClassName("stages__done");
				item.add(Page.visuallyHidden(getTranslation("case.review.done")));
			}
			else if (order == 0) {
				item.addClassName("stages__current");
				item.getElement().setAttribute("aria-current", "step");
				item.add(Page.visuallyHidden(getTranslation("case.review.current")));
			}
			list.add(item);
		}
		return list;
	}

	/** Links to the views this person may give; the views pages check the same again. */
	private UnorderedList giveViews(CaseOverview overview) {
		var links = new UnorderedList();
		links.addClassName("list");
		var role = overview.myRole();
		if (role != CaseRole.CASE_COORDINATOR) {
			links.add(new ListItem(link("children/" + overview.id() + "/views/about-me",
					getTranslation("case.views.about-me", overview.childName()))));
		}
		if (role == CaseRole.PARENT_CARER || role == CaseRole.ADVOCATE || role == CaseRole.DIAS_WORKER) {
			String words = role == CaseRole.PARENT_CARER ? "case.views.parent-carer" : "case.views.for-family";
			links.add(new ListItem(link("children/" + overview.id() + "/views/our-views", getTranslation(words))));
		}
		return links;
	}

	private static Anchor link(String href, String text) {
		var anchor = new Anchor(href, text);
		anchor.addClassNames("link", "case-list__link");
		return anchor;
	}

	private UnorderedList keyDates(CaseOverview overview) {
		var list = new UnorderedList();
		list.addClassName("dates");
		for (KeyDate date : overview.keyDates()) {
			var item = new ListItem();
			if (date.kind() == KeyDate.Kind.MEETING && overview.review().isPresent()) {
				item.add(new Span(meetingSentence(overview.review().get(), date)));
			}
			else {
				item.add(new Span(Labels.keyDateSentence(this, date)));
			}
			item.add(Labels.statusTag(this, date.status()));
			list.add(item);
		}
		if (overview.keyDates().isEmpty()) {
			list.add(new ListItem(getTranslation("case.dates.none")));
		}
		return list;
	}

	/** "Review meeting: Tuesday 17 March 2026 at 10:00am, Greenhill Primary School". */
	private String meetingSentence(CurrentReview review, KeyDate date) {
		String when = review.meetingAt()
			.map(at -> getTranslation("case.meeting.at", DisplayFormats.longDate(date.date()),
					DisplayFormats.time(at.toLocalTime())))
			.orElse(DisplayFormats.longDate(date.date()));
		return review.meetingPlace()
			.map(place -> getTranslation("case.meeting.with-place", when, place))
			.orElse(getTranslation("case.meeting", when));
	}

	private Div whoCanSee(CaseOverview overview) {
		var intro = Page.paragraph(getTranslation("case.who.intro." + whose(overview.myRole())));
		var list = new UnorderedList();
		list.addClassNames("list", "list--bullet");
		for (PersonWithAccess person : overview.whoCanSee()) {
			String name = person.you() ? getTranslation("case.who.you", person.displayName()) : person.displayName();
			list.add(new ListItem(getTranslation("case.who.person", name, Labels.role(this, person.role()),
					DisplayFormats.longDate(person.since()))));
		}
		list.add(new ListItem(getTranslation("case.who.coordinators", overview.teamName())));
		return new Div(intro, list);
	}

	/**
	 * Whose information "who can see" is about, in this person's words: the young
	 * person's own, a parent's child's, or, for a helper or co-ordinator, this child's.
	 */
	private static String whose(CaseRole role) {
		return switch (role) {
			case YOUNG_PERSON -> "yours";
			case PARENT_CARER -> "your-child";
			case ADVOCATE, DIAS_WORKER, CASE_COORDINATOR -> "this-child";
		};
	}

	private H2 section(String key) {
		return Page.sectionHeading(getTranslation(key));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getTranslation("case.heading", childName));
	}

}
