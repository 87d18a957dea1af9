package app.heard.lasync.internal;

import app.heard.lasync.LaConnection;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;

/**
 * Calls the LA with an access token from its token endpoint (client credentials), kept
 * and renewed by Spring Security's authorized client manager. Its registration is its
 * own, apart from the families' sign-in.
 */
final class LaClient {

	private static final String REGISTRATION = "la";

	private final RestClient rest;

	LaClient(LaConnection connection, Duration timeout) {
		var registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(connection.clientId())
			.clientSecret(connection.clientSecret())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(connection.tokenUri().toString())
			.build();
		var registrations = new InMemoryClientRegistrationRepository(registration);
		var tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
				new InMemoryOAuth2AuthorizedClientService(registrations));
		tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		var http = HttpClient.newBuilder().connectTimeout(timeout).build();
		var requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(timeout);
		this.rest = RestClient.builder()
			.baseUrl(connection.baseUrl().toString())
			.requestFactory(requests)
			.requestInterceptor((request, body, execution) -> {
				var client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
					.principal("heard-portal")
					.build());
				request.getHeaders()
					.set(HttpHeaders.AUTHORIZATION, "Bearer " + client.getAccessToken().getTokenValue());
				return execution.execute(request, body);
			})
			.build();
	}

	RestClient rest() {
		return rest;
	}

}
