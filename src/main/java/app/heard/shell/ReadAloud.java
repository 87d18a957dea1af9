package app.heard.shell;

import com.vaadin.flow.component.Component;

/**
 * The Listen button: the browser's own speech synthesis reads the question and its hint,
 * in British English. Nothing leaves the phone.
 */
public final class ReadAloud {

	private ReadAloud() {
	}

	public static void speak(Component on, String question, String hint) {
		on.getElement().executeJs("""
				if ('speechSynthesis' in window) {
				  window.speechSynthesis.cancel();
				  const words = new SpeechSynthesisUtterance(($0.match(/[.?!]$/) ? $0 : $0 + '.') + ' ' + $1);
				  words.lang = 'en-GB';
				  window.speechSynthesis.speak(words);
				}""", question, hint);
	}

}
