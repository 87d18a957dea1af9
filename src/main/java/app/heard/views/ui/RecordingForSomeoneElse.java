package app.heard.views.ui;

import app.heard.views.ViewSet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The obvious sign that the person typing is not the person whose views these are: a
 * parent writing down the child's own words (the ICO Children's Code asks for it on the
 * child's pages), or an advocate or DiAS worker writing for the family. Said in words on
 * every page of the set, not hidden in a menu.
 */
final class RecordingForSomeoneElse {

	private RecordingForSomeoneElse() {
	}

	/**
	 * The sign for this set, or an empty, invisible element when people write their own.
	 */
	static Component signFor(Component on, ViewSet set) {
		if (set.recordedForTheChild()) {
			return sign(on.getTranslation("views.about-me.helper", set.childName()), "recording-for-child");
		}
		if (set.recordedForTheFamily()) {
			return sign(on.getTranslation("views.for-family.helper", set.childName()), "recording-for-family");
		}
		var nothing = new Div();
		nothing.setVisible(false);
		return nothing;
	}

	private static Paragraph sign(String words, String className) {
		var sign = new Paragraph(words);
		sign.addClassNames("inset", className);
		return sign;
	}

}
