package app.heard.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * GOV.UK error summary: at the top of the page, takes focus, links to the field that
 * needs attention. Hidden until there is a problem.
 */
public class ErrorSummary extends Div {

	public ErrorSummary() {
		addClassName("error-summary");
		getElement().setAttribute("role", "alert");
		getElement().setAttribute("tabindex", "-1");
		setVisible(false);
	}

	public void show(String heading, String message, String fieldId) {
		removeAll();
		var title = new H2(heading);
		title.addClassName("heading-m");
		var link = new Anchor("#" + fieldId, message);
		link.getElement().setAttribute("router-ignore", true);
		add(title, new UnorderedList(new ListItem(link)));
		setVisible(true);
		getElement().executeJs("this.focus()");
	}

}
