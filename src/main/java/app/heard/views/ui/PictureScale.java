package app.heard.views.ui;

import app.heard.views.Wording;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Three faces with words — going well, not sure, not going well — for a child who would
 * rather not type. Native radio buttons in a fieldset whose legend is the page's
 * {@code h1} (GOV.UK radios): arrow keys move between them and a screen reader reads the
 * words; the faces are decoration.
 */
@Tag("fieldset")
class PictureScale extends Component {

	static final String VALUE_EXPRESSION = "(document.querySelector('input[name=answer]:checked') || {value: ''}).value";

	private static final List<Option> OPTIONS = List.of(new Option("YES", "\uD83D\uDE42"),
			new Option("NOT_SURE", "\uD83D\uDE10"), new Option("NO", "\uD83D\uDE41"));

	PictureScale(String question, Element hint, String chosen, Function<String, String> words,
			Consumer<String> onChoose) {
		getElement().getClassList().add("picture-scale");
		getElement().setAttribute("aria-describedby", hint.getAttribute("id"));
		getElement().appendChild(RadioElements.legendHeading(question), hint);
		for (var option : OPTIONS) {
			String id = "answer-" + option.value().toLowerCase().replace('_', '-');
			var radio = RadioElements.radio("answer", id, option.value(), option.value().equals(chosen));
			radio.addEventListener("change", event -> onChoose.accept(option.value()));
			var face = new Element("span");
			face.setText(option.face());
			face.setAttribute("aria-hidden", "true");
			face.getClassList().add("picture-scale__face");
			var label = new Element("label");
			label.setAttribute("for", id);
			label.appendChild(face, new Element("span").setText(words.apply(Wording.scaleKey(option.value()))));
			var row = new Element("div");
			row.getClassList().add("picture-scale__option");
			row.appendChild(radio, label);
			getElement().appendChild(row);
		}
	}

	/** The words for a saved answer, for the check-answers page. */
	static String wordsFor(String value, Function<String, String> words) {
		return OPTIONS.stream()
			.filter(o -> o.value().equals(value))
			.findFirst()
			.map(o -> words.apply(Wording.scaleKey(o.value())))
			.orElse(value);
	}

	private record Option(String value, String face) {
	}

}
