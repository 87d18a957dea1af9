package app.heard.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The portal's address for links in emails: the configured public address (behind a proxy
 * the server's own may be an internal one), otherwise this server's, as invitation emails
 * do. Messages are sent outside any request, so never the request's address.
 */
@Component
class PortalAddress {

	private final String publicUrl;

	private final Environment environment;

	PortalAddress(@Value("${heard.invitations.public-url:}") String publicUrl, Environment environment) {
		this.publicUrl = publicUrl;
		this.environment = environment;
	}

	String link(String path) {
		String base = publicUrl.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port", "8080")
				: publicUrl;
		return base.replaceAll("/+$", "") + "/" + path;
	}

}
