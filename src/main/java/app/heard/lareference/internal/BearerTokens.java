package app.heard.lareference.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * The access token on every {@code /v1} call. With a JWKS, the token must be a JWT signed
 * by one of its keys and not expired, as the portal's client-credentials token from the
 * LA's identity provider is. Without one, as on a laptop, any token will do, but there
 * must be one.
 */
public final class BearerTokens extends Filter {

	private static final String PREFIX = "Bearer ";

	private final DefaultJWTProcessor<SecurityContext> jwts;

	public BearerTokens(URI jwkSetUri) {
		this.jwts = jwkSetUri == null ? null : processor(jwkSetUri);
	}

	@Override
	public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				&& accepts(header.substring(PREFIX.length()).trim())) {
			chain.doFilter(exchange);
			return;
		}
		exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
		Http.error(exchange, 401, "A valid bearer access token is required");
	}

	@Override
	public String description() {
		return "OAuth2 bearer access token";
	}

	private boolean accepts(String token) {
		if (token.isEmpty()) {
			return false;
		}
		if (jwts == null) {
			return true;
		}
		try {
			jwts.process(token, null);
			return true;
		}
		catch (ParseException | BadJOSEException | JOSEException ex) {
			return false;
		}
	}

	private static DefaultJWTProcessor<SecurityContext> processor(URI jwkSetUri) {
		try {
			var keys = JWKSourceBuilder.<SecurityContext>create(jwkSetUri.toURL()).retrying(true).build();
			Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
			algorithms.addAll(JWSAlgorithm.Family.EC);
			var processor = new DefaultJWTProcessor<SecurityContext>();
			processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
			// An access token always expires; one that does not say when is refused.
			processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, Set.of("exp")));
			return processor;
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Not a JWKS URL: " + jwkSetUri, ex);
		}
	}

}
