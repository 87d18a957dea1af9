package app.heard.lasync;

import java.util.List;
import java.util.UUID;

/**
 * The media of one submission ({@code MediaManifest} in la-sync-v1.yaml): the payload of
 * a {@code VIEWS_MEDIA_UPDATED} message (the files that changed) and the answer to the
 * LA's request for fresh links (all of them).
 */
public record MediaManifest(UUID submissionId, List<MediaEntry> media) {

	public MediaManifest {
		media = List.copyOf(media);
	}

}
