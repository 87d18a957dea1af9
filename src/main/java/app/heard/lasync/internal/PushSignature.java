package app.heard.lasync.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature an LA puts on a case it pushes: HMAC-SHA256 with the shared secret over
 * "{timestamp}." and the body, as lowercase hex after "sha256=". The timestamp bounds how
 * long a captured request could be replayed; a replay inside that time changes nothing,
 * since snapshots apply by version.
 */
final class PushSignature {

	static final String TIMESTAMP_HEADER = "X-Heard-Timestamp";

	static final String SIGNATURE_HEADER = "X-Heard-Signature";

	static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final byte[] secret;

	PushSignature(String secret) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	String sign(String timestamp, byte[] body) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean verifies(String timestamp, String signature, byte[] body, Instant now) {
		if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
			return false;
		}
		var signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
		if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
			return false;
		}
		return MessageDigest.isEqual(sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
