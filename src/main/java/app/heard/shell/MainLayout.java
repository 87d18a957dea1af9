package app.heard.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every page: skip link, header with the service name and sign-out, one {@code main}
 * landmark, footer, and — once signed in — the inactivity warning. Where words typed
 * before a session ended are kept in this tab ({@link KeptInThisTab}), every other page
 * says so first.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

	private static final String CLEAR_KEPT_WORDS = """
			Object.keys(sessionStorage).filter(k => k.startsWith($0))
			  .forEach(k => sessionStorage.removeItem(k))""";

	private final Main main = new Main();

	private final Div keptWords = new Div();

	private final boolean signedIn;

	private final Map<HeaderLink, Anchor> featureLinks = new LinkedHashMap<>();

	MainLayout(AuthenticationContext authentication, @Value("${server.servlet.session.timeout}") Duration timeout,
			@Value("${heard.session.warning-before-timeout}") Duration warning, List<HeaderLink> headerLinks) {
		headerLinks.forEach(link -> featureLinks.put(link, new Anchor(link.href(), "")));
		var skipLink = new Anchor("#main-content", getTranslation("shell.skip-link"));
		skipLink.addClassName("skip-link");
		// The browser, not Vaadin's router, must follow an in-page link so focus moves to
		// <main>
		skipLink.getElement().setAttribute("router-ignore", true);

		signedIn = authentication.isAuthenticated();
		keptWords.addClassName("inset");
		keptWords.setId("kept-words");
		keptWords.setVisible(false);
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
		var signOut = new NativeButton(getTranslation("shell.sign-out"), click -> {
			// Signing out on purpose leaves nothing of this person's words in the tab for
			// whoever picks up the phone next
			UI.getCurrent().getPage().executeJs(CLEAR_KEPT_WORDS, KeptInThisTab.KEY_PREFIX);
			authentication.logout();
		});
		signOut.addClassName("header__button");
		var list = new UnorderedList(new ListItem(children));
		featureLinks.values().forEach(link -> {
			link.addClassName("header__link");
			list.add(new ListItem(link));
		});
		list.add(new ListItem(signOut));
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
		main.add(keptWords);
		main.getElement().appendChild(content.getElement());
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		keptWords.setVisible(false);
		if (signedIn) {
			featureLinks.forEach((link, anchor) -> anchor.setText(link.text()));
		}
		String here = "/" + event.getLocation().getPath();
		getElement().executeJs("""
				return Object.keys(sessionStorage).filter(k => k.startsWith($0))
				  .map(k => k.substring($0.length)).find(path => path !== $1) || ''""", KeptInThisTab.KEY_PREFIX, here)
			.then(String.class, this::showKeptWords);
	}

	private void showKeptWords(String path) {
		keptWords.removeAll();
		if (!KeptInThisTab.isOwnPage(path)) {
			return;
		}
		if (signedIn) {
			var back = new Anchor(path, getTranslation("shell.kept-words.back"));
			back.addClassName("link");
			keptWords.add(new Paragraph(getTranslation("shell.kept-words.signed-in")), back);
		}
		else {
			keptWords.add(new Paragraph(getTranslation("shell.kept-words.signed-out")));
		}
		keptWords.setVisible(true);
	}

}
