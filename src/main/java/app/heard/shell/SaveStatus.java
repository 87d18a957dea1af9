package app.heard.shell;

import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalTime;

/**
 * The "Saved at 10:42" line under an answer. A {@code role=status} live region, so a
 * screen reader announces each save without moving focus.
 */
public final class SaveStatus extends Paragraph {

	private final Clock clock;

	public SaveStatus(Clock clock) {
		this.clock = clock;
		setId("save-status");
		getElement().setAttribute("role", "status");
		addClassName("hint");
	}

	/** Says it was saved just now, in the words of this translation key. */
	public void savedNow(String translationKey) {
		setText(getTranslation(translationKey, DisplayFormats.time(LocalTime.now(clock))));
	}

	public void savedNow() {
		savedNow("views.saving.saved");
	}

	public void say(String text) {
		setText(text);
	}

	/**
	 * Vaadin keeps a view when moving to the next question: nothing from the last may
	 * show.
	 */
	public void clear() {
		setText("");
	}

}
