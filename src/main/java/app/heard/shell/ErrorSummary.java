package app.heard.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/**
 * GOV.UK error summary: at the top of the page, takes focus, links to each field that
 * needs attention, and puts "Error: " before the page's title while it shows (so a screen
 * reader user hears it first, on every page with a form, whether or not the page sets its
 * own title on error). Hidden until there is a problem.
 */
public class ErrorSummary extends Div {

	private static final String TITLE_PREFIX = "views.error.title-prefix";

	public ErrorSummary() {
		addClassName("error-summary");
		getElement().setAttribute("role", "alert");
		getElement().setAttribute("tabindex", "-1");
		super.setVisible(false);
	}

	/** Hiding it (the problem is fixed) takes "Error: " off the title again. */
	@Override
	public void setVisible(boolean visible) {
		if (!visible && isVisible()) {
			getUI().ifPresent(ui -> ui.getPage()
				.executeJs("if (document.title.startsWith($0)) document.title = document.title.substring($0.length)",
						getTranslation(TITLE_PREFIX)));
		}
		super.setVisible(visible);
	}

	public void show(String heading, String message, String fieldId) {
		show(heading, Map.of(fieldId, message));
	}

	/**
	 * @param problems the id of the field to go to, to its message, in the page's order
	 */
	public void show(String heading, Map<String, String> problems) {
		removeAll();
		var title = new H2(heading);
		title.addClassName("heading-m");
		var list = new UnorderedList();
		problems.forEach((fieldId, message) -> {
			var link = new Anchor("#" + fieldId, message);
			link.getElement().setAttribute("router-ignore", true);
			list.add(new ListItem(link));
		});
		add(title, list);
		super.setVisible(true);
		getElement().executeJs("this.focus(); if (!document.title.startsWith($0)) document.title = $0 + document.title",
				getTranslation(TITLE_PREFIX));
	}

}
