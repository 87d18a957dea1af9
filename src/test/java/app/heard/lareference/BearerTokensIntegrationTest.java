package app.heard.lareference;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BearerTokensIntegrationTest {

	private static final RSAKey LA_IDP_KEY = generate("la-idp");

	private final HttpServer identityProvider = jwks(LA_IDP_KEY);

	private final ReferenceLaServer la = ReferenceLaServer.start(ReferenceLaServer.Options.onPort(0)
		.withJwkSetUri(URI.create("http://127.0.0.1:" + identityProvider.getAddress().getPort() + "/jwks")));

	@AfterEach
	void stop() {
		la.close();
		identityProvider.stop(0);
	}

	@Test
	void a_token_signed_by_the_identity_providers_key_is_accepted() throws Exception {
		var response = new LaHttp(la.baseUri()).withToken(token(LA_IDP_KEY, 60)).get("/v1/changes");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void a_token_signed_by_another_key_is_unauthorised() throws Exception {
		var stranger = new LaHttp(la.baseUri()).withToken(token(generate("stranger"), 60));
		var impostor = new LaHttp(la.baseUri()).withToken(token(generate("la-idp"), 60));

		assertThat(stranger.get("/v1/changes").statusCode()).isEqualTo(401);
		assertThat(impostor.get("/v1/changes").statusCode()).isEqualTo(401);
	}

	@Test
	void an_expired_token_or_one_that_is_not_a_jwt_is_unauthorised() throws Exception {
		assertThat(new LaHttp(la.baseUri()).withToken(token(LA_IDP_KEY, -120)).get("/v1/changes").statusCode())
			.isEqualTo(401);
		assertThat(new LaHttp(la.baseUri()).withToken("not-a-jwt").get("/v1/changes").statusCode()).isEqualTo(401);
	}

	private static String token(RSAKey key, long expiresInSeconds) throws Exception {
		var claims = new JWTClaimsSet.Builder().subject("heard-portal")
			.issuer("https://idp.example-la.gov.uk")
			.expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000))
			.build();
		var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer jwks(RSAKey key) {
		try {
			var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks", exchange -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (var out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
