package app.heard.draftplan.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.DraftPlan;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.DraftPlanPage;
import app.heard.draftplan.Target;
import app.heard.draftplan.Wording;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import app.heard.shell.ReadAloud;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft plan as a web page, in the groups families know (A; B, E and F; …): real
 * headings and lists for a screen reader, one column that reflows at 320 px and 400 %
 * zoom, read-aloud, a PDF. Each part can be commented on; a commented part is marked.
 */
@Route("children/:caseId/draft-plan")
@PermitAll
class DraftPlanView extends CommentsPage implements BeforeEnterObserver {

	private final transient DraftPlanComments comments;

	private final transient Clock clock;

	private CaseId caseId;

	private DraftPlanPage page;

	private boolean canWrite;

	/** What Listen reads: the plan's words in page order. */
	private final List<String> spoken = new ArrayList<>();

	DraftPlanView(DraftPlanComments comments, Clock clock) {
		this.comments = comments;
		this.clock = clock;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		caseId = caseId(event);
		render(orNotFound(() -> comments.open(caseId)));
	}

	void render(DraftPlanPage page) {
		this.page = page;
		canWrite = page.canWrite(clock);
		spoken.clear();
		removeAll();
		String heading = getTranslation("draft-plan.heading", page.childName());
		title(heading);
		var caption = new Span(getTranslation("draft-plan.caption", page.plan().draftNumber()));
		caption.addClassName("caption");
		add(backLink("children/" + caseId), caption, Page.heading(heading), WindowNotice.of(this, page, clock));
		spoken.add(heading);
		if (!page.mayComment()) {
			add(Page.paragraph(getTranslation("draft-plan.cannot-comment")));
		}
		else if (canWrite) {
			add(Page.paragraph(getTranslation("draft-plan.intro")));
		}
		page.comments()
			.values()
			.stream()
			.flatMap(comment -> comment.sentAt().stream())
			.max(Comparable::compareTo)
			.ifPresent(at -> add(Page
				.withClass(Page.paragraph(getTranslation("draft-plan.sent", DisplayFormats.longDate(at))), "inset")));
		add(controls());
		if (canWrite && !page.drafts().isEmpty()) {
			add(checkLink());
		}
		for (var group : DraftPlan.GROUPS) {
			add(group(group));
		}
		add(requests());
		if (canWrite && !page.drafts().isEmpty()) {
			add(checkLink());
		}
		if (page.mayExtend()) {
			add(new ExtendForm(comments, caseId, page.window(), () -> render(comments.open(caseId))));
		}
	}

	private Div controls() {
		var listen = new NativeButton(getTranslation("draft-plan.listen"),
				click -> ReadAloud.speak(this, spoken.get(0), String.join(". ", spoken.subList(1, spoken.size()))));
		listen.addClassNames("button", "button--secondary");
		var pdf = new Anchor((DownloadEvent download) -> {
			byte[] bytes = comments.pdf(caseId);
			download.setFileName("draft-plan.pdf");
			download.setContentType("application/pdf");
			download.setContentLength(bytes.length);
			download.getResponse().setHeader("Cache-Control", "no-store");
			try (var out = download.getOutputStream()) {
				out.write(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, getTranslation("draft-plan.pdf"));
		pdf.addClassName("link");
		var controls = new Div(listen, new Paragraph(pdf));
		controls.addClassName("no-print");
		return controls;
	}

	private Div group(List<String> codes) {
		var group = new Div(heading(new H2(getTranslation(Wording.groupKey(codes))), "heading-l"));
		group.addClassName("plan-group");
		for (String code : codes) {
			if (code.equals("E")) {
				group.add(outcomes(codes.get(0)));
				continue;
			}
			String name = getTranslation(Wording.sectionKey(code));
			boolean withheld = page.plan().withholds(code);
			String text = withheld ? getTranslation("draft-plan.section.withheld")
					: page.plan().section(code).orElse(getTranslation("draft-plan.section.empty"));
			spoken.add(name);
			spoken.add(text);
			var section = part(Target.section(code), heading(new H3(name), "heading-m"),
					Page.withClass(Page.paragraph(text), "answer-text"));
			if (!withheld) {
				commentLink(section, Target.section(code), getTranslation("draft-plan.comment.on-section", name), "");
			}
			group.add(section);
		}
		return group;
	}

	private Div outcomes(String need) {
		String name = getTranslation(Wording.sectionKey("E"));
		var outcomes = new Div(heading(new H3(name), "heading-m"));
		spoken.add(name);
		var list = page.plan().outcomesFor(need);
		if (list.isEmpty()) {
			outcomes.add(Page.paragraph(getTranslation("draft-plan.outcomes.none")));
		}
		for (var outcome : list) {
			var target = Target.outcome(outcome.laId());
			String title = getTranslation("draft-plan.outcome", outcome.description());
			spoken.add(title);
			var part = part(target, heading(new H4(title), "heading-m"),
					Page.withClass(new Paragraph(getTranslation("draft-plan.outcome.area", outcome.area())), "hint"));
			commentLink(part, target, getTranslation("draft-plan.comment.on-outcome"), outcome.description());
			if (!outcome.steps().isEmpty()) {
				var steps = new OrderedList();
				steps.addClassName("list");
				// heard.css has no numbered list, and the bundle is not rebuilt for one
				steps.getStyle().set("list-style", "decimal").set("padding-left", "1.25rem");
				outcome.steps().forEach(step -> steps.add(new ListItem(step)));
				spoken.addAll(outcome.steps());
				part.add(heading(new H5(getTranslation("draft-plan.steps")), "heading-m"), steps);
			}
			if (!outcome.provisions().isEmpty() || outcome.provisionText() != null) {
				part.add(heading(new H5(getTranslation("draft-plan.provision")), "heading-m"));
				var provisions = new UnorderedList();
				provisions.addClassNames("list", "list--bullet");
				for (var provision : outcome.provisions()) {
					String sentence = Wording.provisionSentence(provision, this::getTranslation);
					spoken.add(sentence);
					var item = new ListItem();
					var inner = part(Target.provision(provision.laId()), Page.paragraph(sentence));
					commentLink(inner, Target.provision(provision.laId()),
							getTranslation("draft-plan.comment.on-provision"), provision.what());
					item.add(inner);
					provisions.add(item);
				}
				if (outcome.provisions().isEmpty()) {
					provisions.add(new ListItem(outcome.provisionText()));
				}
				part.add(provisions);
			}
			outcomes.add(part);
		}
		return outcomes;
	}

	private Div requests() {
		var requests = new Div(heading(new H2(getTranslation("draft-plan.requests.heading")), "heading-l"));
		if (canWrite) {
			requests.add(Page.paragraph(getTranslation("draft-plan.requests.intro")));
		}
		for (var target : List.of(Target.NAMED_SETTING, Target.MEETING)) {
			var part = part(target);
			commentLink(part, target, getTranslation(
					target == Target.NAMED_SETTING ? "draft-plan.request.setting" : "draft-plan.request.meeting"), "");
			requests.add(part);
		}
		return requests;
	}

	/** A commentable part: its id is the address "Save and continue" comes back to. */
	private Div part(Target target, com.vaadin.flow.component.Component... content) {
		var part = new Div(content);
		part.setId(target.slug());
		part.addClassName("plan-part");
		page.commentOn(target)
			.filter(comment -> !comment.text().isBlank())
			.ifPresent(comment -> part.add(CommentMarker.of(this, comment,
					java.util.Optional.ofNullable(page.plan().responses().get(comment.id())))));
		return part;
	}

	/**
	 * "Comment on this outcome", or "Change your comment"; the part it is about is in the
	 * link's name for a screen reader's list of links.
	 */
	private void commentLink(Div part, Target target, String words, String about) {
		var comment = page.commentOn(target).filter(c -> !c.text().isBlank());
		if (!canWrite || comment.filter(c -> c.sent()).isPresent()) {
			return;
		}
		var link = new Anchor(comment(caseId, target),
				comment.isPresent() ? getTranslation("draft-plan.comment.change") : words);
		link.addClassName("link");
		String context = comment.isPresent() ? words + (about.isEmpty() ? "" : ": " + about)
				: (about.isEmpty() ? "" : ": " + about);
		if (!context.isEmpty()) {
			link.getElement()
				.appendChild(Page.withClass(new Span(" " + context.replaceFirst("^: ", "– ")), "visually-hidden")
					.getElement());
		}
		part.add(new Paragraph(link));
	}

	private Anchor checkLink() {
		var check = new Anchor(check(caseId), getTranslation("draft-plan.check.link"));
		check.addClassNames("button", "no-print");
		return check;
	}

	private static <T extends com.vaadin.flow.component.HasStyle> T heading(T heading, String size) {
		heading.addClassName(size);
		return heading;
	}

}
