package app.heard.invitations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Link tokens: 256 bits from {@link SecureRandom}, URL-safe; stored only as their SHA-256
 * hash. A hash without a salt is enough here: the token is random and long, so there is
 * nothing to guess from a table of hashes.
 */
final class InvitationTokens {

	static final int BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private InvitationTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
