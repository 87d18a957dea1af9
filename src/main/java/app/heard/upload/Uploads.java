package app.heard.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finished uploads, for the server-side work that follows them (the media pipeline, after
 * {@link UploadCompleted}). Not checked against the signed-in person: listeners run with
 * nobody signed in. Never hand what these methods return to anyone but the case's own
 * pages.
 */
public interface Uploads {

	/**
	 * The file on disk, to read only. Its name is the id; the name the person's phone
	 * gave it is {@link #displayFilename(UploadId)}.
	 * @throws UploadNotFoundException if there is no finished upload with this id
	 */
	Path fileOf(UploadId id);

	/**
	 * Opens the file for reading.
	 * @throws UploadNotFoundException if there is no finished upload with this id
	 */
	InputStream open(UploadId id) throws IOException;

	/**
	 * The file name the person's device gave, cleaned of paths and control characters: a
	 * hint to show them, never a name to store anything under. Empty if none was sent.
	 * @throws UploadNotFoundException if there is no finished upload with this id
	 */
	Optional<String> displayFilename(UploadId id);

	/**
	 * Deletes the file and forgets the upload, finished or not; the case's quota is
	 * freed. Doing it twice is harmless.
	 */
	void discard(UploadId id);

}
