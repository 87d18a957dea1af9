package app.heard.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where sign-out, and a session that ended through inactivity, arrive. Says what happened
 * and that nothing is lost.
 */
@Route("signed-out")
@AnonymousAllowed
class SignedOutView extends Div implements HasDynamicTitle {

	SignedOutView() {
		var signIn = new Anchor("oauth2/authorization/heard", getTranslation("signed-out.sign-in"));
		signIn.addClassName("button");
		signIn.getElement().setAttribute("router-ignore", true);
		add(Page.heading(getTranslation("signed-out.heading")), Page.paragraph(getTranslation("signed-out.why")),
				Page.paragraph(getTranslation("signed-out.kept")), signIn);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getTranslation("signed-out.heading"));
	}

}
