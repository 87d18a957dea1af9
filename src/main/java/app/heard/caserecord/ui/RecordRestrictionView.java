package app.heard.caserecord.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.RestrictedField;
import app.heard.caserecord.RestrictionReason;
import app.heard.caserecord.RestrictionScope;
import app.heard.caserecord.RestrictionService;
import app.heard.caserecord.RestrictionService.CaseRestrictions;
import app.heard.shell.ErrorSummary;
import app.heard.shell.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The co-ordinator records that a court order or a safeguarding concern restricts a named
 * person: who, why, and whether they lose the case or only some details. Validated on
 * submit, GOV.UK style: an error summary that takes focus and links to each question, and
 * nothing chosen is lost.
 */
@Route("children/:caseId/restrictions/new")
@PermitAll
class RecordRestrictionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final String HIDE = "HIDE";

	private static final String NO_ACCESS = "NO_ACCESS";

	private final transient RestrictionService restrictions;

	private CaseId caseId;

	private String title = "";

	RecordRestrictionView(RestrictionService restrictions) {
		this.restrictions = restrictions;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		caseId = event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
		CaseRestrictions of;
		try {
			of = restrictions.of(caseId);
		}
		catch (CaseNotFoundException | AccessDeniedException ex) {
			throw new NotFoundException();
		}
		render(of, new Form("", "", "", Set.of()), false);
	}

	private void render(CaseRestrictions of, Form form, boolean validate) {
		removeAll();
		String heading = getTranslation("restrictions.new.heading");
		var back = new Anchor("children/" + caseId + "/restrictions", getTranslation("views.back"));
		back.addClassName("back-link");
		var caption = new Span(getTranslation("case.caption", of.childName()));
		caption.addClassName("caption");

		var person = new Choices("radio", "person", getTranslation("restrictions.new.person"), null,
				of.people()
					.stream()
					.map(p -> new Choices.Option(p.id().toString(), p.name(), Labels.role(this, p.role())))
					.toList(),
				Set.of(form.person()));
		var reason = new Choices("radio", "reason", getTranslation("restrictions.new.reason"), null,
				Arrays.stream(RestrictionReason.values())
					.map(r -> new Choices.Option(r.name(),
							getTranslation("restrictions.reason." + RestrictionsView.key(r)), null))
					.toList(),
				Set.of(form.reason()));
		var scope = new Choices("radio", "scope", getTranslation("restrictions.new.scope"), null,
				List.of(new Choices.Option(NO_ACCESS, getTranslation("restrictions.new.scope.no-access"),
						getTranslation("restrictions.new.scope.no-access.hint")),
						new Choices.Option(HIDE, getTranslation("restrictions.new.scope.hide"),
								getTranslation("restrictions.new.scope.hide.hint"))),
				Set.of(form.scope()));
		var fields = new Choices("checkbox", "field", getTranslation("restrictions.new.fields"),
				getTranslation("restrictions.new.fields.hint"),
				Arrays.stream(RestrictedField.values())
					.map(f -> new Choices.Option(f.name(), getTranslation(RestrictionsView.fieldLabelKey(f)),
							f == RestrictedField.SETTING ? getTranslation("restrictions.field.setting.hint") : null))
					.toList(),
				form.fields());

		var problems = new LinkedHashMap<String, String>();
		if (validate) {
			check(problems, person, form.person().isEmpty(), "restrictions.error.person",
					Choices.id("person", of.people().isEmpty() ? "" : of.people().get(0).id().toString()));
			check(problems, reason, form.reason().isEmpty(), "restrictions.error.reason",
					Choices.id("reason", RestrictionReason.COURT_ORDER.name()));
			check(problems, scope, form.scope().isEmpty(), "restrictions.error.scope", Choices.id("scope", NO_ACCESS));
			check(problems, fields, form.scope().equals(HIDE) && form.fields().isEmpty(), "restrictions.error.fields",
					Choices.id("field", RestrictedField.ADDRESS.name()));
		}
		title = problems.isEmpty() ? heading : getTranslation("views.error.title-prefix") + heading;
		add(back);
		if (!problems.isEmpty()) {
			var summary = new ErrorSummary();
			summary.show(getTranslation("views.error.heading"), problems);
			add(summary);
		}
		add(caption, Page.heading(heading), person, reason, scope, fields);

		var save = new NativeButton(getTranslation("restrictions.new.save"));
		save.addClassName("button");
		save.getElement().addEventListener("click", click -> {
			var data = click.getEventData();
			var sent = new Form(data.get(Choices.valueExpression("person")).asString(),
					data.get(Choices.valueExpression("reason")).asString(),
					data.get(Choices.valueExpression("scope")).asString(),
					Arrays.stream(data.get(Choices.valueExpression("field")).asString().split(","))
						.filter(value -> !value.isEmpty())
						.collect(Collectors.toSet()));
			submit(of, sent);
		})
			.addEventData(Choices.valueExpression("person"))
			.addEventData(Choices.valueExpression("reason"))
			.addEventData(Choices.valueExpression("scope"))
			.addEventData(Choices.valueExpression("field"));
		add(save);
		if (validate) {
			UI.getCurrent().getPage().setTitle(getPageTitle());
		}
	}

	private void submit(CaseRestrictions of, Form form) {
		boolean complete = !form.person().isEmpty() && !form.reason().isEmpty() && !form.scope().isEmpty()
				&& !(form.scope().equals(HIDE) && form.fields().isEmpty());
		if (!complete) {
			render(of, form, true);
			return;
		}
		var fields = EnumSet.noneOf(RestrictedField.class);
		form.fields().forEach(field -> fields.add(RestrictedField.valueOf(field)));
		var scope = form.scope().equals(NO_ACCESS) ? RestrictionScope.noAccessAtAll() : RestrictionScope.hiding(fields);
		restrictions.record(caseId, UUID.fromString(form.person()), RestrictionReason.valueOf(form.reason()), scope);
		UI.getCurrent().navigate("children/" + caseId + "/restrictions");
	}

	private void check(LinkedHashMap<String, String> problems, Choices choices, boolean missing, String key,
			String firstInputId) {
		if (missing) {
			String message = getTranslation(key);
			choices.showError(message);
			problems.put(firstInputId, message);
		}
	}

	/** What was chosen on the page: kept when it comes back with errors. */
	private record Form(String person, String reason, String scope, Set<String> fields) {
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", title);
	}

}
