package app.heard.attachments.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Where renditions are kept, under random keys: nothing a person chose ever becomes part
 * of a name. On the local disk by default, in an S3-compatible bucket by configuration
 * ({@code heard.attachments.storage}, docs/decisions/0011).
 */
interface RenditionStore {

	/** A random UUID, lower case, as {@link #newKey()} makes. */
	Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

	/**
	 * Keeps a finished rendition; the file is gone from its work folder afterwards.
	 * @param contentType kept with it where the store can (an object's Content-Type)
	 * @return its new key
	 */
	String put(Path file, String contentType);

	/**
	 * The rendition, read when the body is written; {@link Resource#exists()} is false
	 * for a key with nothing under it. Supports {@link Resource#contentLength()} and, for
	 * Range requests, a {@code skip} before the first read that costs nothing.
	 */
	Resource open(String key);

	/** Forgets the rendition; nothing under the key is fine. */
	void delete(String key);

	/** A local folder for one job's output, deleted by the job when it ends. */
	Path newWorkFolder() throws IOException;

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	/**
	 * @throws IllegalArgumentException unless it is a key this store could have made
	 */
	static String checked(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a rendition key");
		}
		return key;
	}

}
