package app.heard;

import com.microsoft.playwright.BrowserContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The portal's sessions, as Tomcat holds them, for tests of what happens when one ends.
 */
public final class ServerSessions {

	private ServerSessions() {
	}

	/**
	 * What Tomcat's own timer does to a session nobody has used for the timeout: here at
	 * once, rather than after 30 minutes.
	 */
	public static void expire(WebServerApplicationContext server, BrowserContext browser) {
		String id = browser.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals("JSESSIONID"))
			.findFirst()
			.orElseThrow().value;
		var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
		for (var child : tomcat.getHost().findChildren()) {
			try {
				var session = ((Context) child).getManager().findSession(id);
				if (session != null) {
					session.expire();
					return;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new AssertionError("No session " + id + " on the server");
	}

}
