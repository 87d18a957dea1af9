package app.heard.embedded;

import app.heard.lareference.ReferenceLaServer;
import app.heard.lasync.LaConnection;
import java.net.URI;
import java.time.Clock;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/**
 * The LA's case record for a laptop and the tests: the reference LA service (a real HTTP
 * server speaking the sync contract, docs/decisions/0016), reached with access tokens
 * from the embedded identity provider's {@code la} issuer, whose keys it checks, and
 * pushing to this portal with the embedded shared secret.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
class EmbeddedLaConfiguration {

	private final String pushSecret;

	EmbeddedLaConfiguration(@Value("${heard.la-sync.push-secret}") String pushSecret) {
		this.pushSecret = pushSecret;
	}

	/** The identity provider's issuer for the portal's and the LA's machine accounts. */
	static final String LA_ISSUER = "la";

	@Bean(destroyMethod = "close")
	ReferenceLaServer referenceLa(@Value("${heard.la-reference.port:8088}") int port, MockOAuth2Server identityProvider,
			Clock clock) {
		return ReferenceLaServer.start(ReferenceLaServer.Options.onPort(port)
			.withJwkSetUri(identityProvider.jwksUrl(LA_ISSUER).uri())
			.withClock(clock));
	}

	@Bean
	LaConnection embeddedLa(ReferenceLaServer referenceLa, MockOAuth2Server identityProvider) {
		return new LaConnection(referenceLa.baseUri(), identityProvider.tokenEndpointUrl(LA_ISSUER).uri(),
				"heard-portal", "embedded-la-secret");
	}

	/**
	 * The portal's address is known once its web server has started (the management
	 * server, on a port of its own, starts too and is not it).
	 */
	@EventListener
	void pushToThisPortal(WebServerInitializedEvent started) {
		if (started.getApplicationContext().getServerNamespace() == null) {
			var referenceLa = started.getApplicationContext().getBean(ReferenceLaServer.class);
			referenceLa.pushTo(URI.create("http://127.0.0.1:" + started.getWebServer().getPort() + "/api/la/v1/cases"),
					pushSecret);
		}
	}

}
