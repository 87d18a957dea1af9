package app.heard.shell;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;

/**
 * The inactivity warning (frontend/heard-idle-warning.js). It appears {@code warning}
 * before the session would end — at least 20 seconds, as WCAG 2.2.1 asks — and "Stay
 * signed in" counts as activity.
 */
@Tag("heard-idle-warning")
@JsModule("./heard-idle-warning.js")
class IdleWarning extends Component {

	private final transient AuthenticationContext authentication;

	IdleWarning(AuthenticationContext authentication, Duration timeout, Duration warning) {
		this.authentication = authentication;
		var element = getElement();
		element.setAttribute("timeout-seconds", String.valueOf(timeout.toSeconds()));
		// A warning longer than most of the session would interrupt people who are still
		// busy
		element.setAttribute("warning-seconds",
				String.valueOf(Math.min(warning.toSeconds(), timeout.toSeconds() * 3 / 4)));
		for (String text : new String[] { "title", "lead", "saved", "stay", "sign-out", "minute", "minutes", "second",
				"seconds" }) {
			element.setAttribute("text-" + text, getTranslation("shell.idle." + text));
		}
	}

	/**
	 * Reaching the server is the point: the request itself resets the idle clock
	 * (IdleSessionFilter).
	 */
	@ClientCallable
	void staySignedIn() {
	}

	@ClientCallable
	void signOut() {
		authentication.logout();
	}

}
