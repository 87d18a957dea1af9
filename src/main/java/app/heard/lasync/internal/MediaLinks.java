package app.heard.lasync.internal;

import app.heard.lasync.MediaEntry;
import app.heard.lasync.MediaRendition;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Links the LA's case record can fetch media with, without anyone's session: the portal's
 * own address, {@code /api/la/v1/media/{renditionId}?expires={unix seconds}&signature=…},
 * where the signature is HMAC-SHA256, keyed with a secret only the portal knows, over the
 * rendition's id and the expiry. A link is made when its message is sent (not when the
 * family sent the views), so one that waited in the outbox still has its whole life. It
 * proves only that the portal handed it out; whether the file may still be served is
 * checked on every download (docs/decisions/0019).
 */
final class MediaLinks {

	static final String PATH = "/api/la/v1/media/";

	/** Keeps these signatures apart from anything else the secret might ever sign. */
	private static final String PURPOSE = "heard-la-media-link-v1";

	static final int SHORTEST_SECRET = 32;

	private static final Pattern EXPIRES = Pattern.compile("\\d{1,12}");

	private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");

	private final byte[] secret;

	private final Duration lifetime;

	private final Supplier<String> portal;

	private final Clock clock;

	/**
	 * @param secret null or blank: no links are made and none verifies
	 * @param portal the portal's address as the LA reaches it, without a trailing slash
	 * @throws IllegalStateException for a secret shorter than {@value #SHORTEST_SECRET}
	 */
	MediaLinks(String secret, Duration lifetime, Supplier<String> portal, Clock clock) {
		if (secret != null && !secret.isBlank() && secret.length() < SHORTEST_SECRET) {
			throw new IllegalStateException(
					"heard.la-sync.media-link-secret (HEARD_LA_MEDIA_LINK_SECRET) must be at least " + SHORTEST_SECRET
							+ " characters");
		}
		this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
		this.lifetime = lifetime;
		this.portal = portal;
		this.clock = clock;
	}

	boolean enabled() {
		return secret != null;
	}

	/**
	 * A link to the rendition from now for the configured lifetime; empty without a
	 * secret.
	 */
	Optional<Link> link(UUID renditionId) {
		if (!enabled()) {
			return Optional.empty();
		}
		Instant expires = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
		long seconds = expires.getEpochSecond();
		String url = portal.get() + PATH + renditionId + "?expires=" + seconds + "&signature="
				+ sign(renditionId, seconds);
		return Optional.of(new Link(url, expires));
	}

	/**
	 * Checks the signature first, in time that does not depend on where it differs, and
	 * only then the expiry: a forged link is {@link Verdict#FORGED} whatever its date.
	 */
	Verdict check(UUID renditionId, String expires, String signature) {
		if (!enabled() || expires == null || signature == null || !EXPIRES.matcher(expires).matches()
				|| !SIGNATURE.matcher(signature).matches()) {
			return Verdict.FORGED;
		}
		long seconds = Long.parseLong(expires);
		if (!MessageDigest.isEqual(sign(renditionId, seconds).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			return Verdict.FORGED;
		}
		return clock.instant().getEpochSecond() < seconds ? Verdict.VALID : Verdict.EXPIRED;
	}

	/** The manifest's entries with a fresh link on each rendition. */
	List<MediaEntry> linked(List<MediaEntry> entries) {
		return entries.stream()
			.map(entry -> entry.withRenditions(entry.renditions().stream().map(this::linked).toList()))
			.toList();
	}

	private MediaRendition linked(MediaRendition rendition) {
		return link(rendition.renditionId()).map(link -> rendition.withLink(link.url(), link.expiresAt()))
			.orElse(rendition.withLink(null, null));
	}

	/**
	 * Puts a fresh link on every rendition in a stored message's {@code media}, as it
	 * leaves the outbox.
	 */
	void fill(JsonNode payload) {
		for (JsonNode entry : payload.path("media")) {
			for (JsonNode rendition : entry.path("renditions")) {
				if (rendition instanceof ObjectNode object) {
					var link = link(UUID.fromString(object.path("renditionId").asString()));
					if (link.isPresent()) {
						object.put("url", link.get().url());
						object.put("expiresAt", link.get().expiresAt().toString());
					}
					else {
						object.putNull("url");
						object.putNull("expiresAt");
					}
				}
			}
		}
	}

	private String sign(UUID renditionId, long expires) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of()
				.formatHex(
						mac.doFinal((PURPOSE + "\n" + renditionId + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Link(String url, Instant expiresAt) {
	}

	enum Verdict {

		VALID,

		/** Signed by the portal, but its time is up. */
		EXPIRED,

		/**
		 * Not signed by the portal, altered, incomplete, or no secret to check it with.
		 */
		FORGED

	}

}
