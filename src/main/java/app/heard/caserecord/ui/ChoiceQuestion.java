package app.heard.caserecord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * GOV.UK radios for one question: a fieldset whose legend is the question (the page's
 * {@code h1}, or a smaller heading when a page asks more than one), one native radio
 * button per option with its label and an optional hint. The same markup and classes as
 * the views pages' radios (views.ui is another module's, so not shared).
 */
@Tag("fieldset")
class ChoiceQuestion extends Component {

	record Option(String value, String label, String hint) {
	}

	private final String name;

	ChoiceQuestion(String name, String question, boolean pageHeading, List<Option> options, String chosen) {
		this.name = name;
		getElement().getClassList().add("radios");
		var heading = new Element(pageHeading ? "h1" : "h2");
		heading.setText(question);
		heading.getClassList().add(pageHeading ? "heading-l" : "heading-m");
		var legend = new Element("legend");
		legend.appendChild(heading);
		getElement().appendChild(legend);
		for (var option : options) {
			String id = firstFieldId(name, option.value());
			var radio = new Element("input");
			radio.setAttribute("type", "radio");
			radio.setAttribute("name", name);
			radio.setAttribute("id", id);
			radio.setAttribute("value", option.value());
			if (option.value().equals(chosen)) {
				radio.setAttribute("checked", true);
			}
			var label = new Element("label");
			label.setAttribute("for", id);
			label.setText(option.label());
			var row = new Element("div");
			row.getClassList().add("radios__item");
			row.appendChild(radio, label);
			if (option.hint() != null) {
				var hint = new Element("p");
				hint.setAttribute("id", id + "-hint");
				hint.getClassList().add("hint");
				hint.setText(option.hint());
				radio.setAttribute("aria-describedby", id + "-hint");
				row.appendChild(hint);
			}
			getElement().appendChild(row);
		}
	}

	static String firstFieldId(String name, String value) {
		return name + "-" + value.toLowerCase().replace('_', '-');
	}

	/** The value chosen in the browser when a button is pressed, as event data. */
	String valueExpression() {
		return "(document.querySelector('input[name=" + name + "]:checked') || {value: ''}).value";
	}

	/**
	 * Marks the fieldset as in error, GOV.UK style, with the message under the legend.
	 */
	void showError(String message) {
		getElement().getClassList().add("radios--error");
		var error = new Element("p");
		error.setAttribute("id", name + "-error");
		error.getClassList().add("error-message");
		error.setText(message);
		getElement().insertChild(1, error);
		getElement().setAttribute("aria-describedby", name + "-error");
	}

}
