package app.heard.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Small builders for the GOV.UK-style pieces every page uses, so views read as content.
 */
public final class Page {

	private Page() {
	}

	public static H1 heading(String text) {
		var heading = new H1(text);
		heading.addClassName("heading-xl");
		return heading;
	}

	public static Paragraph paragraph(String text) {
		var paragraph = new Paragraph(text);
		paragraph.addClassName("body");
		return paragraph;
	}

	public static <T extends Component> T withClass(T component, String className) {
		component.getElement().getClassList().add(className);
		return component;
	}

}
