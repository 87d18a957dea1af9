package app.heard.views.ui;

import app.heard.views.ViewSet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The obvious sign the ICO Children's Code asks for when someone other than the child
 * records or sees the child's own views: said in words, on every About Me page, not
 * hidden in a menu.
 */
final class RecordingForTheChild {

	private RecordingForTheChild() {
	}

	static Paragraph sign(Component on, ViewSet set) {
		var sign = new Paragraph(on.getTranslation("views.about-me.helper", set.childName()));
		sign.addClassNames("inset", "recording-for-child");
		return sign;
	}

}
