package app.heard.media.internal;

import app.heard.media.Rendition;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One file's private working directory: the untrusted input is copied in alone, as
 * {@code input}, so a decoder that goes looking finds nothing else beside it. Renditions
 * move to the output directory under names the server chooses; the directory and the copy
 * are deleted on close.
 */
public final class Job implements AutoCloseable {

	public static final String INPUT = "input";

	private final Path directory;

	private final Path outputDirectory;

	private final String id = UUID.randomUUID().toString();

	private final List<Path> published = new ArrayList<>();

	private Job(Path directory, Path outputDirectory) {
		this.directory = directory;
		this.outputDirectory = outputDirectory;
	}

	public static Job start(Path input, Path workDirectory, Path outputDirectory) throws IOException {
		Files.createDirectories(workDirectory);
		Files.createDirectories(outputDirectory);
		Path directory = Files.createTempDirectory(workDirectory, "heard-media-",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		var job = new Job(directory, outputDirectory);
		try {
			Files.copy(input, directory.resolve(INPUT));
		}
		catch (IOException | RuntimeException ex) {
			job.close();
			throw ex;
		}
		return job;
	}

	public Path directory() {
		return this.directory;
	}

	public Path input() {
		return this.directory.resolve(INPUT);
	}

	/** A file in the job directory for an intermediate or a rendition being made. */
	public Path file(String name) {
		return this.directory.resolve(name);
	}

	/** Moves a finished file to the output directory under a server-chosen name. */
	public Rendition publish(Path made, String role, String extension, String contentType) throws IOException {
		Path target = this.outputDirectory.resolve(this.id + "-" + role + "." + extension);
		Files.move(made, target);
		this.published.add(target);
		return new Rendition(role, target, contentType, Files.size(target));
	}

	/**
	 * Removes what was published, when a later step finds the file unusable after all.
	 */
	public void discardPublished() throws IOException {
		for (Path file : this.published) {
			Files.deleteIfExists(file);
		}
		this.published.clear();
	}

	@Override
	public void close() throws IOException {
		if (!Files.exists(this.directory)) {
			return;
		}
		Files.walkFileTree(this.directory, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
