package app.heard.caserecord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Set;

/**
 * A GOV.UK fieldset of native radios or checkboxes, its legend a heading, each option
 * with its label and an optional hint. Native, so the keyboard and screen readers work as
 * people expect; the page reads the choice with {@link #valueExpression}.
 */
@Tag("fieldset")
class Choices extends Component {

	private final String name;

	record Option(String value, String label, String hint) {
	}

	Choices(String type, String name, String legend, String hint, List<Option> options, Set<String> chosen) {
		this.name = name;
		getElement().getClassList().add("radios");
		var heading = new Element("h2");
		heading.setText(legend);
		heading.getClassList().add("heading-m");
		var legendElement = new Element("legend");
		legendElement.appendChild(heading);
		getElement().appendChild(legendElement);
		if (hint != null) {
			var hintElement = new Element("p");
			hintElement.setAttribute("id", name + "-hint");
			hintElement.getClassList().add("hint");
			hintElement.setText(hint);
			getElement().appendChild(hintElement);
			getElement().setAttribute("aria-describedby", name + "-hint");
		}
		for (var option : options) {
			String id = id(name, option.value());
			var input = new Element("input");
			input.setAttribute("type", type);
			input.setAttribute("name", name);
			input.setAttribute("id", id);
			input.setAttribute("value", option.value());
			if (chosen.contains(option.value())) {
				input.setAttribute("checked", true);
			}
			var label = new Element("label");
			label.setAttribute("for", id);
			label.setText(option.label());
			var row = new Element("div");
			row.getClassList().add("radios__item");
			row.appendChild(input, label);
			if (option.hint() != null) {
				var optionHint = new Element("p");
				optionHint.setAttribute("id", id + "-hint");
				optionHint.getClassList().add("hint");
				optionHint.setText(option.hint());
				input.setAttribute("aria-describedby", id + "-hint");
				row.appendChild(optionHint);
			}
			getElement().appendChild(row);
		}
	}

	static String id(String name, String value) {
		return name + "-" + value.toLowerCase().replace('_', '-');
	}

	/** The values checked in the browser, comma separated, sent with a click. */
	static String valueExpression(String name) {
		return "Array.from(document.querySelectorAll('input[name=" + name
				+ "]:checked')).map(input => input.value).join(',')";
	}

	/** GOV.UK error style, with the message under the legend. */
	void showError(String message) {
		getElement().getClassList().add("radios--error");
		var error = new Element("p");
		error.setAttribute("id", name + "-error");
		error.getClassList().add("error-message");
		error.setText(message);
		getElement().insertChild(1, error);
		String described = getElement().getAttribute("aria-describedby");
		getElement().setAttribute("aria-describedby", (described == null ? "" : described + " ") + name + "-error");
	}

}
