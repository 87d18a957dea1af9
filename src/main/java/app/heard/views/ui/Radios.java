package app.heard.views.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * GOV.UK radios: a fieldset whose legend is the page's {@code h1}, one native radio
 * button per option with its label and an optional hint. Native, so the arrow keys and
 * screen readers work as people expect.
 */
@Tag("fieldset")
class Radios extends Component {

	/** The value chosen on the page, read when Continue is pressed. */
	static final String VALUE_EXPRESSION = "(document.querySelector('input[name=choice]:checked') || {value: ''}).value";

	record Option(String value, String label, String hint) {
	}

	Radios(String question, List<Option> options, String chosen) {
		getElement().getClassList().add("radios");
		getElement().appendChild(RadioElements.legendHeading(question));
		for (var option : options) {
			String id = "choice-" + option.value().toLowerCase().replace('_', '-');
			var radio = RadioElements.radio("choice", id, option.value(), option.value().equals(chosen));
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

	/**
	 * Marks the fieldset as in error, GOV.UK style, with the message under the legend.
	 */
	void showError(String message) {
		getElement().getClassList().add("radios--error");
		var error = new Element("p");
		error.setAttribute("id", "choice-error");
		error.getClassList().add("error-message");
		error.setText(message);
		getElement().insertChild(1, error);
		getElement().setAttribute("aria-describedby", "choice-error");
	}

}
