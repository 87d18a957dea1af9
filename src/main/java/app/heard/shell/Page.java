package app.heard.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

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

	/** A section's heading under the page's h1. */
	public static H2 sectionHeading(String text) {
		var heading = new H2(text);
		heading.addClassName("heading-l");
		return heading;
	}

	/**
	 * Words for screen readers only, such as which item a repeated button acts on; put
	 * after the visible words, from which a space parts them.
	 */
	public static Span visuallyHidden(String text) {
		var span = new Span(" " + text);
		span.addClassName("visually-hidden");
		return span;
	}

	/** One row of a summary list: what it is, then its value. */
	public static Div summaryRow(String term, String value) {
		var key = new Paragraph(term);
		key.addClassName("summary__key");
		var description = new Paragraph(value);
		description.addClassName("summary__value");
		var row = new Div(key, description);
		row.addClassName("summary__row");
		return row;
	}

	public static <T extends Component> T withClass(T component, String className) {
		component.getElement().getClassList().add(className);
		return component;
	}

}
