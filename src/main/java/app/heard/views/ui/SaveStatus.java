package app.heard.views.ui;

import app.heard.shell.DisplayFormats;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalTime;

/**
 * The "Saved at 10:42" line under an answer. A {@code role=status} live region, so a
 * screen reader announces each save without moving focus.
 */
final class SaveStatus extends Paragraph {

	private final Clock clock;

	SaveStatus(Clock clock) {
		this.clock = clock;
		setId("save-status");
		getElement().setAttribute("role", "status");
		addClassName("hint");
	}

	/** Says it was saved just now, in the words of this translation key. */
	void savedNow(String translationKey) {
		setText(getTranslation(translationKey, DisplayFormats.time(LocalTime.now(clock))));
	}

	void savedNow() {
		savedNow("views.saving.saved");
	}

	void say(String text) {
		setText(text);
	}

	/**
	 * Vaadin keeps a view when moving to the next question: nothing from the last may
	 * show.
	 */
	void clear() {
		setText("");
	}

}
