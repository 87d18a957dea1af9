package app.heard.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DebouncePhase;
import java.util.function.Consumer;

/**
 * A native {@code <textarea>}: large, resizable, fine with a phone's dictation, and no
 * extra JavaScript. What is typed reaches the server one second after the person pauses,
 * and every five seconds while they type on without pausing, which is when autosave runs:
 * at most a few seconds of typing can be lost if the phone dies.
 */
@Tag("textarea")
public class PlainTextArea extends Component {

	public static final int PAUSE_BEFORE_SAVE_MILLIS = 1000;

	/** The longest someone typing without a pause goes unsaved. */
	public static final int MOST_TYPING_BEFORE_SAVE_MILLIS = 5000;

	public PlainTextArea(String id, String text) {
		setId(id);
		getElement().setProperty("value", text);
		getElement().setAttribute("rows", "8");
		getElement().setAttribute("spellcheck", "true");
	}

	public String getText() {
		return getElement().getProperty("value", "");
	}

	/**
	 * Saves the text after a pause, and at least every few seconds while typing goes on.
	 * One listener saves; a second one only brings the value over while typing goes on,
	 * so a value that arrives both ways is saved once. The second is trailing as well as
	 * intermediate: Flow's client, flushing an intermediate-only debouncer whose last
	 * value has already gone, fails, and the next click (Save and continue) is never
	 * sent. The extra trailing sync brings a value the server already has, so nothing
	 * saves.
	 */
	public void onPause(Consumer<String> save) {
		getElement().addPropertyChangeListener("value", "input", event -> save.accept(getText()))
			.debounce(PAUSE_BEFORE_SAVE_MILLIS, DebouncePhase.TRAILING);
		getElement().addEventListener("input", event -> {
		})
			.synchronizeProperty("value")
			.debounce(MOST_TYPING_BEFORE_SAVE_MILLIS, DebouncePhase.INTERMEDIATE, DebouncePhase.TRAILING);
	}

}
