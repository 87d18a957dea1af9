package app.heard.lasync;

import java.time.Instant;
import java.util.UUID;

/**
 * One file the portal made from what a family added and serves ({@code MediaRendition} in
 * la-sync-v1.yaml).
 *
 * @param role display, thumbnail, video, poster, audio, preview or document
 * @param bytes the size of exactly what {@code url} serves
 * @param sha256 the SHA-256 of exactly those bytes, lowercase hex
 * @param url a signed link that needs no other credential, until {@code expiresAt}; null
 * when the portal has no link secret configured
 * @param expiresAt when the link stops working
 */
public record MediaRendition(UUID renditionId, String role, String contentType, long bytes, String sha256, String url,
		Instant expiresAt) {

	public MediaRendition withLink(String newUrl, Instant newExpiresAt) {
		return new MediaRendition(renditionId, role, contentType, bytes, sha256, newUrl, newExpiresAt);
	}

}
