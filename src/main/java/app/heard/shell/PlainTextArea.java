package app.heard.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.Consumer;

/**
 * A native {@code <textarea>}: large, resizable, fine with a phone's dictation. What is
 * typed reaches the server one second after the person pauses, and at least every five
 * seconds while they type on without pausing, which is when autosave runs: at most a few
 * seconds of typing can be lost if the phone dies.
 */
@Tag("textarea")
public class PlainTextArea extends Component {

	public static final int PAUSE_BEFORE_SAVE_MILLIS = 1000;

	/** The longest someone typing without a pause goes unsaved. */
	public static final int MOST_TYPING_BEFORE_SAVE_MILLIS = 5000;

	private static final String SAVE_EVENT = "heard-autosave";

	public PlainTextArea(String id, String text) {
		setId(id);
		getElement().setProperty("value", text);
		getElement().setAttribute("rows", "8");
		getElement().setAttribute("spellcheck", "true");
	}

	/**
	 * Saves the text after a pause, and at least every few seconds while typing goes on.
	 * The two timers are the browser's own, in one small script that sends the text with
	 * an event: Flow's debounced property sync, with one listener for each rhythm, lost
	 * saves under load (a box typed into quickly stayed saved at its first character).
	 * The text travels in the event, not as the element's value property, so the server
	 * never writes it back into a box the person is still typing in.
	 */
	public void onPause(Consumer<String> save) {
		getElement()
			.addEventListener(SAVE_EVENT, event -> save.accept(event.getEventData().get("event.detail").asString()))
			.addEventData("event.detail");
		getElement().executeJs("""
				const box = this;
				if (box.heardAutosave) return;
				box.heardAutosave = true;
				let sent = box.value, pause = null, longest = null;
				const send = () => {
				  clearTimeout(pause);
				  clearTimeout(longest);
				  pause = longest = null;
				  if (box.value === sent) return;
				  sent = box.value;
				  box.dispatchEvent(new CustomEvent($0, { detail: sent }));
				};
				box.addEventListener('input', () => {
				  clearTimeout(pause);
				  pause = setTimeout(send, $1);
				  if (longest === null) longest = setTimeout(send, $2);
				});""", SAVE_EVENT, PAUSE_BEFORE_SAVE_MILLIS, MOST_TYPING_BEFORE_SAVE_MILLIS);
	}

}
