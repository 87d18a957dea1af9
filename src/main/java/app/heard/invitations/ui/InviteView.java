package app.heard.invitations.ui;

import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseAccessService.CoordinatedCase;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRole;
import app.heard.invitations.InvitationProblems;
import app.heard.invitations.InvitationProblems.Problem;
import app.heard.invitations.Invitations;
import app.heard.invitations.NewInvitation;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import app.heard.statutory.YoungPersonAge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inviting one person: name, email, role. Checked on Send (not on blur), GOV.UK style: an
 * error summary that takes focus and links to each field, the message by the field,
 * "Error: " in the title, and everything typed kept.
 */
@Route("children/:caseId/people/invite")
@PermitAll
class InviteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final List<CaseRole> ROLES = List.of(CaseRole.PARENT_CARER, CaseRole.ADVOCATE, CaseRole.DIAS_WORKER,
			CaseRole.YOUNG_PERSON);

	private static final String VALUES = "[document.getElementById('invite-name').value, "
			+ "document.getElementById('invite-email').value, "
			+ "(document.querySelector('input[name=role]:checked') || {value: ''}).value]";

	private final transient CaseAccessService access;

	private final transient Invitations invitations;

	private CaseId caseId;

	private CoordinatedCase kase;

	private String title = "";

	InviteView(CaseAccessService access, Invitations invitations) {
		this.access = access;
		this.invitations = invitations;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		caseId = PeoplePaths.caseId(event);
		kase = PeoplePaths.orNotFound(() -> access.coordinated(caseId));
		render("", "", "", Map.of());
	}

	private void render(String name, String email, String role, Map<String, String> errors) {
		removeAll();
		String heading = getTranslation("invite.heading", kase.childName());
		title = errors.isEmpty() ? heading : getTranslation("views.error.title-prefix") + heading;
		var back = new Anchor(PeoplePaths.people(caseId), getTranslation("views.back"));
		back.addClassName("back-link");
		add(back);
		Div summary = errors.isEmpty() ? null : errorSummary(errors);
		if (summary != null) {
			add(summary);
		}
		add(Page.heading(heading), Page.paragraph(getTranslation("invite.intro")));
		add(textField("invite-name", getTranslation("invite.name"), null, name, "name", errors.get("invite-name")));
		add(textField("invite-email", getTranslation("invite.email"), getTranslation("invite.email.hint"), email,
				"email", errors.get("invite-email")));
		getElement().appendChild(roles(role, errors.get("role-" + slug(ROLES.getFirst()))));
		var send = new NativeButton(getTranslation("invite.send"));
		send.addClassName("button");
		send.getElement().addEventListener("click", click -> {
			var values = click.getEventData().get(VALUES);
			send(values.get(0).asString(), values.get(1).asString(), values.get(2).asString());
		}).addEventData(VALUES);
		add(send);
		UI.getCurrent().getPage().setTitle(getPageTitle());
		if (summary != null) {
			summary.getElement().executeJs("this.focus()");
		}
	}

	private void send(String name, String email, String role) {
		CaseRole chosen = role == null || role.isEmpty() ? null : CaseRole.valueOf(role);
		try {
			invitations.invite(caseId, new NewInvitation(name, email, chosen));
		}
		catch (InvitationProblems problems) {
			render(name, email, role, errors(problems.problems()));
			return;
		}
		Notice.carry(UI.getCurrent(), getTranslation("invite.sent", name.strip()));
		UI.getCurrent().navigate(PeoplePaths.people(caseId));
	}

	/** Field id to message, in the order of the fields. */
	private Map<String, String> errors(List<Problem> problems) {
		var errors = new LinkedHashMap<String, String>();
		for (Problem problem : problems) {
			String message = problem == Problem.YOUNG_PERSON_UNDER_16
					? getTranslation("invite.error.young-person-under-16", kase.childName(), sixteenthBirthday())
					: getTranslation("invite.error." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-'));
			String field = switch (problem.field()) {
				case "name" -> "invite-name";
				case "email" -> "invite-email";
				default -> "role-" + slug(ROLES.getFirst());
			};
			errors.putIfAbsent(field, message);
		}
		return errors;
	}

	private Div errorSummary(Map<String, String> errors) {
		var summary = new Div();
		summary.addClassName("error-summary");
		summary.getElement().setAttribute("role", "alert");
		summary.getElement().setAttribute("tabindex", "-1");
		var heading = new H2(getTranslation("views.error.heading"));
		heading.addClassName("heading-m");
		var list = new UnorderedList();
		errors.forEach((field, message) -> {
			var link = new Anchor("#" + field, message);
			link.getElement().setAttribute("router-ignore", true);
			list.add(new ListItem(link));
		});
		summary.add(heading, list);
		return summary;
	}

	private Div textField(String id, String label, String hint, String value, String type, String error) {
		var group = new Div();
		var labelElement = new Element("label");
		labelElement.setAttribute("for", id);
		labelElement.getClassList().add("label");
		labelElement.setText(label);
		group.getElement().appendChild(labelElement);
		var describedBy = new ArrayList<String>();
		if (hint != null) {
			group.getElement().appendChild(paragraph(id + "-hint", "hint", hint));
			describedBy.add(id + "-hint");
		}
		if (error != null) {
			group.getElement().appendChild(paragraph(id + "-error", "error-message", error));
			describedBy.add(id + "-error");
		}
		var input = new Element("input");
		input.setAttribute("id", id);
		input.setAttribute("name", id);
		input.setAttribute("type", type);
		// Someone else's details, not the co-ordinator's own: nothing to fill in
		input.setAttribute("autocomplete", "off");
		input.setAttribute("spellcheck", "false");
		input.setProperty("value", value);
		input.getClassList().add("textarea");
		if (error != null) {
			input.getClassList().add("textarea--error");
		}
		input.getStyle().set("min-height", "44px").set("margin-bottom", "1.5rem");
		if (!describedBy.isEmpty()) {
			input.setAttribute("aria-describedby", String.join(" ", describedBy));
		}
		group.getElement().appendChild(input);
		return group;
	}

	private Element roles(String chosen, String error) {
		var fieldset = new Element("fieldset");
		fieldset.getClassList().add("radios");
		if (error != null) {
			fieldset.getClassList().add("radios--error");
			fieldset.setAttribute("aria-describedby", "role-error");
		}
		var legend = new Element("legend");
		legend.getClassList().add("label");
		legend.setText(getTranslation("invite.role"));
		fieldset.appendChild(legend);
		if (error != null) {
			fieldset.appendChild(paragraph("role-error", "error-message", error));
		}
		for (CaseRole role : ROLES) {
			String id = "role-" + slug(role);
			var radio = new Element("input");
			radio.setAttribute("type", "radio");
			radio.setAttribute("name", "role");
			radio.setAttribute("id", id);
			radio.setAttribute("value", role.name());
			if (role.name().equals(chosen)) {
				radio.setAttribute("checked", true);
			}
			var label = new Element("label");
			label.setAttribute("for", id);
			label.setText(getTranslation("invite.role." + slug(role)));
			var row = new Element("div");
			row.getClassList().add("radios__item");
			row.appendChild(radio, label);
			if (role == CaseRole.YOUNG_PERSON) {
				row.appendChild(paragraph(id + "-hint", "hint",
						getTranslation("invite.role.young-person.hint", kase.childName(), sixteenthBirthday())));
				radio.setAttribute("aria-describedby", id + "-hint");
			}
			fieldset.appendChild(row);
		}
		return fieldset;
	}

	private String sixteenthBirthday() {
		return DisplayFormats.longDate(YoungPersonAge.sixteenthBirthday(kase.childDateOfBirth()));
	}

	private static Element paragraph(String id, String className, String text) {
		var paragraph = new Element("p");
		paragraph.setAttribute("id", id);
		paragraph.getClassList().add(className);
		paragraph.setText(text);
		return paragraph;
	}

	private static String slug(CaseRole role) {
		return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", title);
	}

}
