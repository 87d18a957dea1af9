package app.heard.lasync.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal reaches the LA's case record ({@code heard.la-sync.*}). With no base URL
 * the portal neither pulls nor sends (messages wait in the outbox until one is set).
 *
 * @param baseUrl the LA's side of the contract, e.g. {@code https://la.example/heard/}
 * @param tokenUri the LA's OAuth2 token endpoint (client credentials)
 * @param pushSecret the shared secret the LA signs its pushes with; none: pushes are
 * refused
 * @param pollInterval how often the changes feed is read
 * @param sendInterval how long the senders rest when nothing is due
 * @param requestTimeout how long one call to the LA may take before it counts as failed
 * @param maxAttempts tries before a message gives up and waits for an administrator
 * @param senders messages of different cases in flight at once
 * @param administrators sign-in subjects of the LA administrators who see sync health
 * @param mediaLinkSecret the portal's own secret (never shared) that signs the links to
 * media in views messages; at least 32 characters; none: messages carry no links and
 * every download is refused (docs/decisions/0019)
 * @param mediaLinkExpiry how long a link to media works after it was sent
 * @param publicUrl the portal's address as the LA reaches it, for those links; empty:
 * this server's own address
 */
@ConfigurationProperties("heard.la-sync")
record LaSyncProperties(URI baseUrl, URI tokenUri, String clientId, String clientSecret, String pushSecret,
		@DefaultValue("30s") Duration pollInterval, @DefaultValue("1s") Duration sendInterval,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("10") int maxAttempts,
		@DefaultValue("4") int senders, @DefaultValue("500") int pageSize, @DefaultValue List<String> administrators,
		String mediaLinkSecret, @DefaultValue("14d") Duration mediaLinkExpiry, @DefaultValue("") String publicUrl) {

	boolean configured() {
		return baseUrl != null && !baseUrl.toString().isBlank();
	}

	URI resolve(String path) {
		var base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
		return URI.create(base).resolve(path);
	}

}
