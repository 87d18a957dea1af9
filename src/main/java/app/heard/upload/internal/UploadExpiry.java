package app.heard.upload.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes unfinished uploads once they expire, and any file in the folder that no upload
 * owns (left by a crash between creating a file and saving its upload).
 */
@Component
class UploadExpiry {

	private static final Logger log = LoggerFactory.getLogger(UploadExpiry.class);

	private static final int BATCH = 200;

	private final UploadRepository uploads;

	private final UploadFiles files;

	private final UploadProperties properties;

	private final Clock clock;

	UploadExpiry(UploadRepository uploads, UploadFiles files, UploadProperties properties, Clock clock) {
		this.uploads = uploads;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many uploads and stray files were removed
	 */
	@Transactional
	int removeExpired() throws IOException {
		Instant now = clock.instant();
		int removed = 0;
		for (UUID id : uploads.unfinishedExpiredBy(now, Limit.of(BATCH))) {
			// A request still writing it, on any instance, moves its expiry on when it
			// finishes; another instance's clean-up may have it now
			if (!uploads.tryLockForRemoval(id)) {
				continue;
			}
			// Read again under the lock: a request may have moved it on since the query
			var expired = uploads.findById(id).filter(upload -> upload.isExpired(now));
			if (expired.isPresent()) {
				uploads.delete(expired.get());
				uploads.flush();
				files.delete(id);
				removed++;
			}
		}
		Instant strayBefore = now.minus(properties.expiry());
		for (Path file : files.all()) {
			Optional<UUID> id = idOf(file);
			if (id.isPresent() && !uploads.existsById(id.get()) && lastModifiedBefore(file, strayBefore)) {
				files.delete(id.get());
				removed++;
			}
		}
		if (removed > 0) {
			log.info("Removed {} expired uploads and stray files", removed);
		}
		return removed;
	}

	/**
	 * The media job deletes a finished upload's row and file while this walks the folder,
	 * so a file listed a moment ago may be gone: that is not an error, just nothing to
	 * do.
	 */
	private static boolean lastModifiedBefore(Path file, Instant before) throws IOException {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(before);
		}
		catch (NoSuchFileException alreadyGone) {
			return false;
		}
	}

	private static Optional<UUID> idOf(Path file) {
		try {
			return Optional.of(UUID.fromString(file.getFileName().toString()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
