package app.heard.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an unknown address, and for a case the person is not linked to: the same
 * words in both cases, so nobody learns whether a child's case exists.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class) // error views do not get @Layout by themselves
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

	NotFoundView() {
		var home = new Anchor("children", getTranslation("not-found.home"));
		home.addClassName("link");
		add(Page.heading(getTranslation("not-found.heading")), Page.paragraph(getTranslation("not-found.check")),
				Page.paragraph(getTranslation("not-found.access")), home);
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpServletResponse.SC_NOT_FOUND;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getTranslation("not-found.heading"));
	}

}
