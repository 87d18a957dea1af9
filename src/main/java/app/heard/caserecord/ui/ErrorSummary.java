package app.heard.caserecord.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/**
 * GOV.UK error summary: at the top of the page, takes focus, links to each field that
 * needs attention.
 */
class ErrorSummary extends Div {

	/**
	 * @param problems the id of the field to go to, to its message, in the page's order
	 */
	ErrorSummary(String heading, Map<String, String> problems) {
		addClassName("error-summary");
		getElement().setAttribute("role", "alert");
		getElement().setAttribute("tabindex", "-1");
		var title = new H2(heading);
		title.addClassName("heading-m");
		var list = new UnorderedList();
		problems.forEach((fieldId, message) -> {
			var link = new Anchor("#" + fieldId, message);
			link.getElement().setAttribute("router-ignore", true);
			list.add(new ListItem(link));
		});
		add(title, list);
		getElement().executeJs("this.focus()");
	}

}
