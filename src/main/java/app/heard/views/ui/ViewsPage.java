package app.heard.views.ui;

import app.heard.caserecord.CaseNotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every views page shares: a title, a back link, and "not found" for a case or set
 * the person may not use.
 */
abstract class ViewsPage extends Div implements HasDynamicTitle {

	private String title = "";

	protected void title(String title) {
		this.title = title;
	}

	protected Anchor backLink(String href) {
		var back = new Anchor(href, getTranslation("views.back"));
		back.addClassName("back-link");
		return back;
	}

	/**
	 * Someone who may not record these views learns nothing more than that the page is
	 * not there.
	 */
	protected static <T> T orNotFound(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (CaseNotFoundException | AccessDeniedException | IllegalStateException ex) {
			throw new NotFoundException();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", title);
	}

}
