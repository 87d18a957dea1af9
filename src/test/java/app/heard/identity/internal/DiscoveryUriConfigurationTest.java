package app.heard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading discovery from another address than the issuer (docker-compose.yml), against a
 * real OIDC provider.
 */
class DiscoveryUriConfigurationTest {

	private final MockOAuth2Server provider = new MockOAuth2Server();

	@BeforeEach
	void start() {
		provider.start();
	}

	@AfterEach
	void stop() {
		provider.shutdown();
	}

	@Test
	void the_registration_takes_endpoints_and_end_session_from_the_document_and_checks_the_issuer() throws Exception {
		String issuer = provider.issuerUrl("heard").toString();
		var registrations = new DiscoveryUriConfiguration()
			.clientRegistrationRepository(provider.wellKnownUrl("heard").uri(), issuer, "heard", "secret");
		var registration = registrations.findByRegistrationId("heard");
		var details = registration.getProviderDetails();
		assertThat(details.getIssuerUri()).isEqualTo(issuer);
		assertThat(details.getTokenUri()).isEqualTo(provider.tokenEndpointUrl("heard").toString());
		assertThat(details.getConfigurationMetadata()).containsKey("end_session_endpoint");
		assertThat(registration.getClientId()).isEqualTo("heard");
	}

	@Test
	void a_document_naming_another_issuer_is_refused() {
		assertThatThrownBy(
				() -> new DiscoveryUriConfiguration().clientRegistrationRepository(provider.wellKnownUrl("heard").uri(),
						"https://someone-else.example/", "heard", "secret"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("someone-else");
	}

}
