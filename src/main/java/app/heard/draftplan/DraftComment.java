package app.heard.draftplan;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One of the signed-in person's comments: a draft they can still change, or sent.
 *
 * @param id the portal's id, which the LA's response refers to
 * @param attribution who wrote it, in what capacity (said once it is sent)
 */
public record DraftComment(UUID id, Target target, String text, long version, Optional<Instant> sentAt,
		Optional<String> attribution) {

	public boolean sent() {
		return sentAt.isPresent();
	}

}
