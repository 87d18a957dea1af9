package app.heard.notifications.ui;

import app.heard.notifications.EmailChoice;
import app.heard.notifications.MyNotifications;
import app.heard.shell.ErrorSummary;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One question, GOV.UK radios: how often the signed-in person wants email. The list of
 * notifications is kept whatever they choose, and the page says so.
 */
@Route(EmailSettingsView.PATH)
@PermitAll
class EmailSettingsView extends Div implements HasDynamicTitle {

	static final String PATH = "settings/email";

	private static final String NAME = "email-choice";

	private static final String CHOSEN = "(document.querySelector('input[name=" + NAME
			+ "]:checked') || {value: ''}).value";

	private final Paragraph saved = Page.paragraph("");

	private String title;

	EmailSettingsView(MyNotifications notifications) {
		title = getTranslation("settings.email.heading");
		var back = new Anchor(NotificationsView.PATH, getTranslation("settings.email.back"));
		back.addClassName("back-link");
		saved.addClassName("inset");
		saved.getElement().setAttribute("role", "status");
		saved.setVisible(false);
		var errors = new ErrorSummary();
		var question = radios(notifications.emailChoice());
		var save = new NativeButton(getTranslation("settings.email.save"));
		save.addClassName("button");
		save.getElement().addEventListener("click", click -> {
			String answer = click.getEventData().get(CHOSEN).asString();
			if (answer.isEmpty()) {
				errors.show(getTranslation("settings.email.error.heading"), getTranslation("settings.email.error"),
						id(EmailChoice.EACH_TIME));
				return;
			}
			notifications.chooseEmail(EmailChoice.valueOf(answer));
			saved.setText(getTranslation("settings.email.saved." + answer.toLowerCase().replace('_', '-')));
			saved.setVisible(true);
		}).addEventData(CHOSEN);
		add(back, errors, saved);
		getElement().appendChild(question);
		add(save);
	}

	private Element radios(EmailChoice current) {
		var fieldset = new Element("fieldset");
		fieldset.getClassList().add("radios");
		var heading = new Element("h1");
		heading.setText(title);
		heading.getClassList().add("heading-l");
		var legend = new Element("legend");
		legend.appendChild(heading);
		var hint = new Element("p");
		hint.setAttribute("id", NAME + "-hint");
		hint.getClassList().add("hint");
		hint.setText(getTranslation("settings.email.hint"));
		fieldset.setAttribute("aria-describedby", NAME + "-hint");
		fieldset.appendChild(legend, hint);
		for (var choice : EmailChoice.values()) {
			var radio = new Element("input");
			radio.setAttribute("type", "radio");
			radio.setAttribute("name", NAME);
			radio.setAttribute("id", id(choice));
			radio.setAttribute("value", choice.name());
			if (choice == current) {
				radio.setAttribute("checked", true);
			}
			var label = new Element("label");
			label.setAttribute("for", id(choice));
			label.setText(getTranslation("settings.email." + choice.name().toLowerCase().replace('_', '-')));
			var row = new Element("div");
			row.getClassList().add("radios__item");
			row.appendChild(radio, label);
			fieldset.appendChild(row);
		}
		return fieldset;
	}

	private static String id(EmailChoice choice) {
		return NAME + "-" + choice.name().toLowerCase().replace('_', '-');
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", title);
	}

}
