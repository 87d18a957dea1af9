package app.heard.shell;

/**
 * Words typed but not yet saved when a session ended (a phone asleep past the idle
 * timeout, a server restart) are kept in the browser tab's {@code sessionStorage} under
 * this prefix followed by the page's path. Not {@code localStorage}: closing the tab
 * forgets them, which matters on a shared family phone, and signing out on purpose clears
 * them. Pages that keep words write and restore them; the shell tells the person where
 * they are after signing in again.
 */
public final class KeptInThisTab {

	public static final String KEY_PREFIX = "heard-unsaved:";

	/** A path the shell will link to: this portal's own pages, nothing else. */
	static boolean isOwnPage(String path) {
		return path.matches("/[A-Za-z0-9_/-]{1,300}") && !path.startsWith("//");
	}

	private KeptInThisTab() {
	}

}
