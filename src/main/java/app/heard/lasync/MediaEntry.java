package app.heard.lasync;

import java.util.List;
import java.util.UUID;

/**
 * One photo, video, voice note or scan in a views message's media manifest, as the
 * contract describes it ({@code MediaEntry} in la-sync-v1.yaml, docs/decisions/0019).
 *
 * @param question the question it was added beside, named as the answers are
 * ({@code OUR_HOPES})
 * @param mediaKind PHOTO, VIDEO, AUDIO or DOCUMENT; null while it is being prepared
 * @param caption as it was when the views were sent; empty for none
 * @param attribution who added it, in what capacity, like an answer's
 * @param status READY, PREPARING (a {@code VIEWS_MEDIA_UPDATED} message follows),
 * NOT_USABLE or WITHDRAWN
 * @param renditions what can be fetched of it; empty unless READY. Never the original
 * upload, which the portal deletes once it has made these
 */
public record MediaEntry(UUID attachmentId, String question, String mediaKind, String caption, String attribution,
		String status, List<MediaRendition> renditions) {

	public MediaEntry {
		renditions = List.copyOf(renditions);
	}

	public MediaEntry withRenditions(List<MediaRendition> linked) {
		return new MediaEntry(attachmentId, question, mediaKind, caption, attribution, status, linked);
	}

}
