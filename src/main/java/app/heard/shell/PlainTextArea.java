package app.heard.shell;

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
public class PlainTextArea extends Component {

	public static final int PAUSE_BEFORE_SAVE_MILLIS = 1000;

	public PlainTextArea(String id, String text) {
		setId(id);
		getElement().setProperty("value", text);
		getElement().setAttribute("rows", "8");
		getElement().setAttribute("spellcheck", "true");
	}

	public String getText() {
		return getElement().getProperty("value", "");
	}

	public void onPause(Consumer<String> save) {
		getElement().addPropertyChangeListener("value", "input", event -> save.accept(getText()))
			.debounce(PAUSE_BEFORE_SAVE_MILLIS, DebouncePhase.TRAILING);
	}

}
