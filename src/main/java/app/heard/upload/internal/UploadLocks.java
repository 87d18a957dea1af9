package app.heard.upload.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * One request at a time writes an upload. A phone that lost its connection retries while
 * the server may still be reading the old request; the retry is told 423 Locked and tries
 * again shortly. Held in this process: the portal runs as one instance (0008).
 */
@Component
class UploadLocks {

	private final Set<UUID> busy = ConcurrentHashMap.newKeySet();

	boolean tryLock(UUID id) {
		return busy.add(id);
	}

	void unlock(UUID id) {
		busy.remove(id);
	}

}
