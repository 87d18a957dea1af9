package app.heard.views.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DebouncePhase;
import java.util.function.Consumer;

/**
 * A native {@code <textarea>}: large, resizable, fine with a phone's dictation, and no
 * extra JavaScript. What is typed reaches the server one second after the person pauses,
 * which is when autosave runs.
 */
@Tag("textarea")
class PlainTextArea extends Component {

	static final int PAUSE_BEFORE_SAVE_MILLIS = 1000;

	PlainTextArea(String id, String text) {
		setId(id);
		getElement().setProperty("value", text);
		getElement().setAttribute("rows", "8");
		getElement().setAttribute("spellcheck", "true");
	}

	String getText() {
		return getElement().getProperty("value", "");
	}

	void onPause(Consumer<String> save) {
		getElement().addPropertyChangeListener("value", "input", event -> save.accept(getText()))
			.debounce(PAUSE_BEFORE_SAVE_MILLIS, DebouncePhase.TRAILING);
	}

}
