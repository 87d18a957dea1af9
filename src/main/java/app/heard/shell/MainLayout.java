package app.heard.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every page: skip link, header with the service name and sign-out, one {@code main}
 * landmark, footer, and — once signed in — the inactivity warning.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

	private final Main main = new Main();

	MainLayout(AuthenticationContext authentication, @Value("${server.servlet.session.timeout}") Duration timeout,
			@Value("${heard.session.warning-before-timeout}") Duration warning) {
		var skipLink = new Anchor("#main-content", getTranslation("shell.skip-link"));
		skipLink.addClassName("skip-link");
		// The browser, not Vaadin's router, must follow an in-page link so focus moves to
		// <main>
		skipLink.getElement().setAttribute("router-ignore", true);

		var service = new Anchor(authentication.isAuthenticated() ? "children" : "", getTranslation("shell.service"));
		service.addClassName("header__service");
		var bar = new Div(service);
		bar.addClassName("width-container");
		if (authentication.isAuthenticated()) {
			bar.add(navigation(authentication));
		}
		var header = new Header(bar);
		header.addClassName("header");

		main.setId("main-content");
		main.addClassName("main");
		main.getElement().setAttribute("tabindex", "-1");
		var page = new Div(main);
		page.addClassName("width-container");

		add(skipLink, header, page, footer());
		if (authentication.isAuthenticated()) {
			add(new IdleWarning(authentication, timeout, warning));
		}
	}

	private Nav navigation(AuthenticationContext authentication) {
		var children = new Anchor("children", getTranslation("shell.nav.children"));
		children.addClassName("header__link");
		var signOut = new NativeButton(getTranslation("shell.sign-out"), click -> authentication.logout());
		signOut.addClassName("header__button");
		var list = new UnorderedList(new ListItem(children), new ListItem(signOut));
		list.addClassName("header__nav");
		var nav = new Nav(list);
		nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
		return nav;
	}

	private Footer footer() {
		var accessibility = new Anchor("accessibility", getTranslation("shell.footer.accessibility"));
		accessibility.addClassName("link");
		var list = new UnorderedList(new ListItem(accessibility));
		list.addClassName("list");
		var inner = new Div(list);
		inner.addClassName("width-container");
		var footer = new Footer(inner);
		footer.addClassName("footer");
		return footer;
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		main.removeAll();
		main.getElement().appendChild(content.getElement());
	}

}
