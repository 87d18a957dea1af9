package app.heard.caserecord.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.RestrictedField;
import app.heard.caserecord.Restriction;
import app.heard.caserecord.RestrictionService;
import app.heard.caserecord.RestrictionService.CaseRestrictions;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * For the case's co-ordinator: who is restricted by a court order or a safeguarding
 * concern, and what it keeps from them; the portal's own restrictions are lifted here,
 * the LA's in the LA's record. Anyone else finds no such page.
 */
@Route("children/:caseId/restrictions")
@PermitAll
class RestrictionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient RestrictionService restrictions;

	private CaseId caseId;

	private String heading = "";

	RestrictionsView(RestrictionService restrictions) {
		this.restrictions = restrictions;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		caseId = event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
		render(read(), null);
	}

	private CaseRestrictions read() {
		try {
			return restrictions.of(caseId);
		}
		catch (CaseNotFoundException | AccessDeniedException ex) {
			throw new NotFoundException();
		}
	}

	private void render(CaseRestrictions of, String notice) {
		removeAll();
		heading = getTranslation("restrictions.heading", of.childName());
		var back = new Anchor("children/" + caseId, getTranslation("views.back"));
		back.addClassName("back-link");
		add(back, Page.heading(heading));
		if (notice != null) {
			var done = Page.paragraph(notice);
			done.addClassName("inset");
			done.getElement().setAttribute("role", "status");
			add(done);
		}
		add(Page.paragraph(getTranslation("restrictions.intro")));
		var record = new Anchor("children/" + caseId + "/restrictions/new", getTranslation("restrictions.record"));
		record.addClassName("button");
		add(new Paragraph(record));

		add(section("restrictions.active.heading"));
		var active = of.restrictions().stream().filter(Restriction::active).toList();
		if (active.isEmpty()) {
			add(Page.paragraph(getTranslation("restrictions.active.none")));
		}
		active.forEach(restriction -> add(card(restriction)));
		var lifted = of.restrictions().stream().filter(r -> !r.active()).toList();
		if (!lifted.isEmpty()) {
			add(section("restrictions.lifted.heading"));
			lifted.forEach(restriction -> add(card(restriction)));
		}
	}

	private Div card(Restriction restriction) {
		var summary = new Div();
		summary.addClassName("summary");
		var title = new H3(getTranslation("restrictions.person", restriction.personName(),
				Labels.role(this, restriction.personRole())));
		title.addClassName("heading-m");
		summary.add(title);
		row(summary, "restrictions.what", what(restriction));
		row(summary, "restrictions.why", getTranslation("restrictions.reason." + key(restriction.reason())));
		row(summary, "restrictions.recorded", getTranslation("restrictions.recorded.by", restriction.recordedBy(),
				DisplayFormats.longDate(restriction.recordedAt())));
		row(summary, "restrictions.source", getTranslation("restrictions.source." + key(restriction.source())));
		restriction.liftedAt()
			.ifPresent(at -> row(summary, "restrictions.lifted", getTranslation("restrictions.recorded.by",
					restriction.liftedBy().orElse(""), DisplayFormats.longDate(at))));
		if (restriction.liftableHere()) {
			var lift = new NativeButton(getTranslation("restrictions.lift"));
			lift.add(Page.visuallyHidden(getTranslation("restrictions.lift.whom", restriction.personName())));
			lift.addClassNames("button", "button--secondary");
			lift.addClickListener(click -> {
				restrictions.lift(caseId, restriction.id());
				render(read(), getTranslation("restrictions.lifted.notice", restriction.personName()));
			});
			summary.add(lift);
		}
		else if (restriction.active()) {
			summary.add(Page.paragraph(getTranslation("restrictions.lift.at-la")));
		}
		return summary;
	}

	private String what(Restriction restriction) {
		if (restriction.scope().noAccess()) {
			return getTranslation("restrictions.scope.no-access");
		}
		return getTranslation("restrictions.scope.hides",
				restriction.scope()
					.hidden()
					.stream()
					.sorted()
					.map(field -> getTranslation("restrictions.field." + key(field)))
					.collect(Collectors.joining(", ")));
	}

	static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String fieldLabelKey(RestrictedField field) {
		return "restrictions.field." + key(field);
	}

	private void row(Div summary, String key, String value) {
		summary.add(Page.summaryRow(getTranslation(key), value));
	}

	private H2 section(String key) {
		return Page.sectionHeading(getTranslation(key));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", heading);
	}

}
