package app.heard.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * A real OpenID Connect provider (NAV's mock-oauth2-server: discovery, authorization code
 * with PKCE, nonce, signed ID tokens, end-session) with a sign-in page listing the demo
 * accounts. The portal's client registration is the production one, pointed at this
 * issuer.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class EmbeddedIdentityProviderConfiguration {

	static final String ISSUER_ID = "heard";

	@Bean(destroyMethod = "shutdown")
	MockOAuth2Server embeddedIdentityProvider(@Value("${heard.embedded.idp.port:0}") int port) {
		// Netty rather than the default OkHttp MockWebServer: MockWebServer is built for
		// one test client, and under a loaded CI machine a real browser's parallel
		// keep-alive connections left the sign-in page unanswered for 30 s. The
		// provider's own standalone server uses Netty for the same reason.
		var config = new OAuth2Config(true, signInPage().toString(), null, false, new OAuth2TokenProvider(), Set.of(),
				new NettyWrapper(null));
		var server = new MockOAuth2Server(config);
		server.start(port);
		return server;
	}

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(MockOAuth2Server identityProvider,
			OAuth2ClientProperties properties) {
		properties.getProvider().get("heard").setIssuerUri(identityProvider.issuerUrl(ISSUER_ID).toString());
		var registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
		return new InMemoryClientRegistrationRepository(registrations.values().stream().toList());
	}

	/** The provider reads its sign-in page from a file. */
	private static Path signInPage() {
		try (var page = new ClassPathResource("embedded/sign-in.html").getInputStream()) {
			Path file = Files.createTempFile("heard-embedded-sign-in", ".html");
			Files.writeString(file, new String(page.readAllBytes(), StandardCharsets.UTF_8));
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
