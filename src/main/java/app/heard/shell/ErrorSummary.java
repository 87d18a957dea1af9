package app.heard.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/**
 * GOV.UK error summary: at the top of the page, takes focus, links to each field that
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
		setVisible(true);
		getElement().executeJs("this.focus()");
	}

}
