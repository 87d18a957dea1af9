package app.heard.caserecord.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.LegalBasis;
import app.heard.caserecord.YoungPersonDecision;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.caserecord.YoungPersonHandover.Capacity;
import app.heard.caserecord.YoungPersonHandover.CapacityRecord;
import app.heard.shell.DisplayFormats;
import app.heard.shell.ErrorSummary;
import app.heard.shell.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * For the co-ordinator: records that the young person lacks capacity for one decision,
 * who acts for them in it and on what legal basis, and lists what has been recorded. A
 * case-officer's tool, so the three questions share a page.
 */
@Route("children/:caseId/capacity")
@PermitAll
class CapacityView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient YoungPersonHandover handover;

	private String title = "";

	CapacityView(YoungPersonHandover handover) {
		this.handover = handover;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId id = event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
		Capacity capacity;
		try {
			capacity = handover.capacity(id);
		}
		catch (CaseNotFoundException | AccessDeniedException ex) {
			throw new NotFoundException();
		}
		removeAll();
		render(id, capacity);
	}

	private void render(CaseId id, Capacity capacity) {
		String heading = getTranslation("capacity.heading", capacity.childName());
		title = heading;
		var back = new Anchor("children/" + id, getTranslation("handover.back"));
		back.addClassName("back-link");
		var errors = new ErrorSummary();
		var decision = new ChoiceQuestion("decision", getTranslation("capacity.decision"), false,
				Arrays.stream(YoungPersonDecision.values())
					.map(d -> new ChoiceQuestion.Option(d.name(), getTranslation("capacity.decision." + key(d)), null))
					.toList(),
				"");
		var who = new ChoiceQuestion("who", getTranslation("capacity.who", capacity.childName()), false,
				capacity.people()
					.stream()
					.map(p -> new ChoiceQuestion.Option(p.involvement().toString(), p.name(),
							getTranslation("role." + key(p.role()))))
					.toList(),
				"");
		var basis = new ChoiceQuestion("basis", getTranslation("capacity.basis"), false,
				Arrays.stream(LegalBasis.values())
					.map(b -> new ChoiceQuestion.Option(b.name(), getTranslation("capacity.basis." + key(b)), null))
					.toList(),
				"");
		var record = new NativeButton(getTranslation("capacity.record"));
		record.addClassName("button");
		record.getElement().addEventListener("click", click -> {
			String d = click.getEventData().get(decision.valueExpression()).asString();
			String w = click.getEventData().get(who.valueExpression()).asString();
			String b = click.getEventData().get(basis.valueExpression()).asString();
			var problems = new LinkedHashMap<String, String>();
			problem(problems, decision, d, "decision", YoungPersonDecision.values()[0].name(),
					"capacity.decision.error");
			problem(problems, who, w, "who",
					capacity.people().isEmpty() ? "" : capacity.people().getFirst().involvement().toString(),
					"capacity.who.error");
			problem(problems, basis, b, "basis", LegalBasis.values()[0].name(), "capacity.basis.error");
			if (!problems.isEmpty()) {
				errors.show(getTranslation("handover.error.heading"), problems);
				title = getTranslation("handover.error.title-prefix") + heading;
				UI.getCurrent().getPage().setTitle(getPageTitle());
				return;
			}
			handover.recordLackOfCapacity(id, YoungPersonDecision.valueOf(d), UUID.fromString(w),
					LegalBasis.valueOf(b));
			UI.getCurrent().getPage().reload();
		})
			.addEventData(decision.valueExpression())
			.addEventData(who.valueExpression())
			.addEventData(basis.valueExpression());
		add(back, errors, Page.heading(heading), Page.paragraph(getTranslation("capacity.intro", capacity.childName())),
				decision, who, basis, record);
		add(recorded(capacity.records()));
	}

	private void problem(Map<String, String> problems, ChoiceQuestion question, String answer, String name,
			String firstValue, String messageKey) {
		if (answer == null || answer.isEmpty()) {
			String message = getTranslation(messageKey);
			question.showError(message);
			problems.put(ChoiceQuestion.firstFieldId(name, firstValue), message);
		}
	}

	private Div recorded(List<CapacityRecord> records) {
		var heading = new H2(getTranslation("capacity.recorded"));
		heading.addClassName("heading-m");
		var list = new UnorderedList();
		list.addClassNames("list", "list--bullet");
		for (var record : records) {
			list.add(new ListItem(getTranslation("capacity.recorded.item",
					getTranslation("capacity.decision." + key(record.decision())), record.alternative(),
					getTranslation("capacity.basis." + key(record.basis())), record.recordedBy(),
					DisplayFormats.longDate(record.recordedAt()))));
		}
		if (records.isEmpty()) {
			list.add(new ListItem(getTranslation("capacity.recorded.none")));
		}
		return new Div(heading, list);
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", title);
	}

}
