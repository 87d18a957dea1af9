package app.heard.lasync;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * What an LA administrator sees of the sync and may do about it. Only people named in
 * {@code heard.la-sync.administrators} (their sign-in subject) may call it.
 */
@PreAuthorize("@laSyncAdministrators.includes(authentication)")
public interface LaSync {

	SyncHealth health();

	/**
	 * Sends a message that gave up again, from its first try; the messages of the same
	 * case behind it follow once it has arrived.
	 * @return false if there is no such failed message
	 */
	boolean retry(UUID messageId);

}
