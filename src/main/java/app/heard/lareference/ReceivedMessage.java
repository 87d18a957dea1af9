package app.heard.lareference;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A message from the portal as the LA stored it the first time it arrived.
 *
 * @param sequence the portal's per-case order of its messages, from 1
 * @param type {@code VIEWS_SUBMITTED}, {@code COMMENTS_SUBMITTED}, {@code ACCESS_CHANGED}
 * or {@code VIEWS_MEDIA_UPDATED}
 * @param deliveries how many times this message id has arrived, the first included
 */
public record ReceivedMessage(UUID messageId, String caseLaId, long sequence, String type, Instant occurredAt,
		JsonNode payload, int deliveries) {

}
