package app.heard.identity.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Sign-in is OpenID Connect authorization code with PKCE; Spring Security adds
 * {@code state} and {@code nonce} and checks both. Sign-out ends the provider's session
 * too (RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

	static final String REGISTRATION_ID = "heard";

	static final String SIGN_IN_PATH = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/" + REGISTRATION_ID;

	/**
	 * Health and metrics listen on the management port, which is never published
	 * (docker-compose.yml).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain portal(HttpSecurity http, ClientRegistrationRepository registrations,
			PersonOidcUserService userService, @Value("${server.servlet.session.timeout}") Duration idleTimeout,
			Clock clock) throws Exception {
		var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/manifest.webmanifest", "/sw.js", "/offline.html", "/icons/**", "/styles/**",
					"/scripts/**")
			.permitAll()
			// A refusal's status (such as 403 for a missing CSRF token) reaches the
			// client, not a sign-in page in its place
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll());
		// Scripts on the portal's pages send files to the upload endpoint (0008): signed
		// out, they need a status to act on, not the sign-in page. Everything else is
		// sent
		// to sign in, as before (the first entry point registered here is also the
		// fallback for requests no other one matches).
		http.exceptionHandling(exceptions -> exceptions
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/uploads/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PATH),
					AnyRequestMatcher.INSTANCE));
		http.oauth2Login(
				login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
					.userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService)));
		// Not a bean: Spring Boot would also register it as a servlet filter outside the
		// security chain
		http.addFilterBefore(new IdleSessionFilter(idleTimeout, clock), AnonymousAuthenticationFilter.class);
		// Any other address: signed in, Vaadin answers (a "Page not found" page, not a
		// bare 403); signed out, sign in
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.oauth2LoginPage(SIGN_IN_PATH, "{baseUrl}/signed-out")
					.defaultSuccessUrl("/children")
					.anyRequest(url -> url.authenticated()));
		return http.build();
	}

}
