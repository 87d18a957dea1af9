package app.heard.attachments.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Renditions as files in one folder, named by key. The default: one instance, or
 * instances sharing a disk.
 */
class FileSystemRenditionStore implements RenditionStore {

	private final Path root;

	/**
	 * @param directory where to keep them; empty for a throwaway folder
	 */
	FileSystemRenditionStore(String directory) throws IOException {
		this.root = directory.isBlank() ? Files.createTempDirectory("heard-renditions")
				: Files.createDirectories(Path.of(directory));
	}

	/** Moves the file in (the content type is the database's to remember). */
	@Override
	public String put(Path file, String contentType) {
		String key = RenditionStore.newKey();
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

	@Override
	public Resource open(String key) {
		return new FileSystemResource(pathOf(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** On the same disk, so moving the output in is cheap. */
	@Override
	public Path newWorkFolder() throws IOException {
		return Files.createTempDirectory(root, "job-");
	}

	private Path pathOf(String key) {
		return root.resolve(RenditionStore.checked(key));
	}

}
