package app.heard.lasync.internal;

import app.heard.caserecord.CaseRecordImporter;
import app.heard.lasync.LaConnection;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sync's parts. Without an LA to reach (no {@code heard.la-sync.base-url} and no
 * embedded reference LA) nothing is pulled or sent; what families send still goes into
 * the outbox and leaves once an LA is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(LaSyncProperties.class)
class LaSyncConfiguration {

	static final String CONTRACT = "/api/la-sync-v1.yaml";

	/**
	 * The LA's pushes and the contract, apart from the families' pages: no session, no
	 * sign-in page, no CSRF token (nothing here is sent by a browser with a cookie); a
	 * push (and a request for fresh media links) gets in only with the shared secret's
	 * signature. Media downloads need no credential here: their link's own signature is
	 * checked by {@link MediaDownloadEndpoint}.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain laSyncEndpoints(HttpSecurity http, LaSyncProperties properties, Clock clock,
			SecurityContextHolderStrategy contexts) throws Exception {
		var secret = properties.pushSecret() == null || properties.pushSecret().isBlank() ? null
				: new PushSignature(properties.pushSecret());
		return http.securityMatcher("/api/la/**", CONTRACT)
			.authorizeHttpRequests(requests -> requests.requestMatchers(CONTRACT)
				.permitAll()
				.requestMatchers(HttpMethod.GET, MediaLinks.PATH + "*")
				.permitAll()
				.anyRequest()
				.hasRole(SignedPushFilter.LA_SYSTEM))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new SignedPushFilter(secret, clock, contexts), AnonymousAuthenticationFilter.class)
			.build();
	}

	/**
	 * Signed links to media for the LA, to this portal's configured public address, or
	 * else to this server's own (docs/decisions/0019).
	 */
	@Bean
	MediaLinks mediaLinks(LaSyncProperties properties, Environment environment, Clock clock) {
		return new MediaLinks(properties.mediaLinkSecret(), properties.mediaLinkExpiry(),
				() -> (properties.publicUrl().isBlank()
						? "http://localhost:" + environment.getProperty("local.server.port", "8080")
						: properties.publicUrl())
					.replaceAll("/+$", ""),
				clock);
	}

	@Bean
	LaSyncRunner laSyncRunner(LaSyncProperties properties, ObjectProvider<LaConnection> embedded,
			CaseRecordImporter importer, JdbcClient jdbc, TransactionTemplate transactions, SyncState state,
			JsonMapper json, Clock clock, MediaLinks links) {
		// Configured, the LA named outranks the embedded reference LA (the fault run
		// points an embedded portal at a reference LA of its own)
		var connection = properties.configured() ? new LaConnection(properties.baseUrl(), properties.tokenUri(),
				properties.clientId(), properties.clientSecret()) : embedded.getIfAvailable();
		if (connection == null) {
			return LaSyncRunner.notConfigured();
		}
		var client = new LaClient(connection, properties.requestTimeout());
		var sender = new OutboxSender(client, jdbc, transactions, state, json, clock, properties, links);
		return new LaSyncRunner(client,
				new ChangesPuller(client, importer, jdbc, transactions, state, json, properties.pageSize()), sender,
				properties.sendInterval());
	}

	@Bean
	Reconciliation laReconciliation(LaSyncRunner runner, CaseRecordImporter cases, JdbcClient jdbc, SyncState state,
			JsonMapper json) {
		return new Reconciliation(runner, cases, jdbc, state, json);
	}

}
