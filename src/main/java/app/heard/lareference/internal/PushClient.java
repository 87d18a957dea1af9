package app.heard.lareference.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * Pushes a snapshot to the portal's {@code POST /api/la/v1/cases}, signed with the shared
 * secret: HMAC-SHA256 over {@code "<unix seconds>."} followed by the exact body bytes
 * sent, so the portal can check both who sent it and that it is fresh.
 */
public final class PushClient {

	private final URI target;

	private final byte[] secret;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public PushClient(URI target, String secret, Clock clock) {
		this.target = target;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
	}

	/**
	 * @return the portal's HTTP status
	 */
	public int push(JsonNode snapshot) {
		byte[] body = Http.JSON.writeValueAsBytes(snapshot);
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		var request = HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("X-Heard-Timestamp", timestamp)
			.header("X-Heard-Signature", "sha256=" + signature(secret, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Push to " + target + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while pushing to " + target, ex);
		}
	}

	/** Lowercase hex HMAC-SHA256 of {@code "<timestamp>."} followed by the body. */
	public static String signature(byte[] secret, String timestamp, byte[] body) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
