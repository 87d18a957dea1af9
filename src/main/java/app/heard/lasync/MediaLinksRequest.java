package app.heard.lasync;

import java.util.UUID;

/**
 * The LA asks for fresh links to a submission's media, signed like a push
 * ({@code POST /api/la/v1/media-links}, {@code MediaLinksRequest} in la-sync-v1.yaml).
 *
 * @param submissionId from the {@code VIEWS_SUBMITTED} message
 */
public record MediaLinksRequest(UUID submissionId) {
}
