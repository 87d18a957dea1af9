package app.heard.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The front door. Someone already signed in goes straight to their children. */
@Route("")
@AnonymousAllowed
class WelcomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient AuthenticationContext authentication;

	WelcomeView(AuthenticationContext authentication) {
		this.authentication = authentication;
		var signIn = new Anchor("oauth2/authorization/heard", getTranslation("welcome.sign-in"));
		signIn.addClassName("button");
		// A server endpoint, not a page of this app: let the browser follow it
		signIn.getElement().setAttribute("router-ignore", true);
		add(Page.heading(getTranslation("welcome.heading")), Page.paragraph(getTranslation("welcome.what")),
				Page.paragraph(getTranslation("welcome.who")), signIn,
				Page.withClass(Page.paragraph(getTranslation("welcome.invited")), "hint"));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (authentication.isAuthenticated()) {
			event.forwardTo("children");
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getTranslation("welcome.title"));
	}

}
