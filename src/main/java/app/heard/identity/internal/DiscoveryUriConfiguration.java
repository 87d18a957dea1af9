package app.heard.identity.internal;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;

/**
 * For a provider whose discovery document the portal must fetch from another address than
 * its issuer — a container network, where the browser and the portal reach the provider
 * by different names (docker-compose.yml). Spring Boot's issuer-uri insists that the two
 * match; here the document is read from {@code HEARD_OIDC_DISCOVERY_URI} and ID tokens
 * are still checked against the issuer it names, which must be the configured
 * {@code HEARD_OIDC_ISSUER_URI}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("heard.oidc.discovery-uri")
class DiscoveryUriConfiguration {

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(@Value("${heard.oidc.discovery-uri}") URI discovery,
			@Value("${spring.security.oauth2.client.provider.heard.issuer-uri}") String expectedIssuer,
			@Value("${spring.security.oauth2.client.registration.heard.client-id}") String clientId,
			@Value("${spring.security.oauth2.client.registration.heard.client-secret}") String clientSecret)
			throws ParseException {
		String json = RestClient.create().get().uri(discovery).retrieve().body(String.class);
		var metadata = OIDCProviderMetadata.parse(json);
		if (!metadata.getIssuer().getValue().equals(expectedIssuer)) {
			throw new IllegalStateException("The discovery document at " + discovery + " names issuer "
					+ metadata.getIssuer() + ", not the configured " + expectedIssuer);
		}
		var registration = ClientRegistration.withRegistrationId(SecurityConfiguration.REGISTRATION_ID)
			.clientId(clientId)
			.clientSecret(clientSecret)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.authorizationUri(metadata.getAuthorizationEndpointURI().toString())
			.tokenUri(metadata.getTokenEndpointURI().toString())
			.jwkSetUri(metadata.getJWKSetURI().toString())
			.userInfoUri(metadata.getUserInfoEndpointURI().toString())
			.userNameAttributeName("sub")
			.issuerUri(expectedIssuer)
			// Carries end_session_endpoint, so signing out also ends the provider's
			// session
			.providerConfigurationMetadata(metadata.toJSONObject())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

}
