package app.heard.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One message in a person's list, as it was emailed.
 *
 * @param path the portal page it is about, without a leading slash
 * @param unread whether it had not been read before this list was opened
 */
public record Notification(UUID id, NotificationKind kind, String subject, String body, String path, Instant createdAt,
		boolean unread) {
}
