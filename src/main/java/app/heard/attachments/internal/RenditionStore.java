package app.heard.attachments.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The renditions, on the local file system under random names. Nothing a person chose
 * ever becomes part of a path here.
 */
@Component
class RenditionStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

	private final Path root;

	RenditionStore(AttachmentProperties properties) throws IOException {
		this.root = properties.directory().isBlank() ? Files.createTempDirectory("heard-renditions")
				: Files.createDirectories(Path.of(properties.directory()));
	}

	/** Moves a finished rendition in; returns its key. */
	String put(Path file) {
		String key = UUID.randomUUID().toString();
		try {
			Files.move(file, pathOf(key), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException atomicNotPossible) {
			try {
				Files.move(file, pathOf(key), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return key;
	}

	Resource open(String key) {
		return new FileSystemResource(pathOf(key));
	}

	void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A temporary folder for one job's output, on the same disk so moving in is cheap.
	 */
	Path newWorkFolder() throws IOException {
		return Files.createTempDirectory(root, "job-");
	}

	private Path pathOf(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a rendition key");
		}
		return root.resolve(key);
	}

}
