package app.heard.upload.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The upload folder. Files are named by their random id and nothing else; nothing a
 * person sends ever becomes part of a path. Bytes go from the request to the file through
 * one small buffer.
 */
@Component
class UploadFiles {

	/** Per upload in flight, the only copy of its bytes on the heap. */
	static final int BUFFER_BYTES = 64 * 1024;

	/**
	 * A long request records its progress this often, so a server restart or a second
	 * phone resumes from here rather than from the request's start.
	 */
	static final long CHECKPOINT_BYTES = 8L * 1024 * 1024;

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private final Path directory;

	private final boolean throwaway;

	UploadFiles(UploadProperties properties) throws IOException {
		this.throwaway = properties.directory().isBlank();
		this.directory = throwaway ? Files.createTempDirectory("heard-uploads", ownerOnly("rwx------"))
				: Files.createDirectories(Path.of(properties.directory()), ownerOnly("rwx------"));
	}

	Path pathOf(UUID id) {
		return directory.resolve(id.toString());
	}

	void create(UUID id) throws IOException {
		Files.createFile(pathOf(id), ownerOnly("rw-------"));
	}

	void delete(UUID id) {
		try {
			Files.deleteIfExists(pathOf(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every file in the folder, for the clean-up of files no upload owns any more. */
	List<Path> all() throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}

	/**
	 * Writes the body into the file from {@code from}, taking at most {@code allowed}
	 * bytes. Before reporting progress the bytes are forced to disk, so the recorded
	 * offset never runs ahead of the file.
	 * @param progress told of each checkpoint short of {@code allowed}; the request's end
	 * is for the caller to record
	 */
	Received receive(UUID id, long from, long allowed, InputStream body, Progress progress) throws IOException {
		byte[] bytes = new byte[BUFFER_BYTES];
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		long written = 0;
		long checkpoint = 0;
		try (FileChannel file = FileChannel.open(pathOf(id), StandardOpenOption.WRITE)) {
			while (true) {
				int read;
				try {
					// One byte more than allowed tells a body that is too long
					read = body.read(bytes, 0, (int) Math.min(bytes.length, allowed - written + 1));
				}
				catch (IOException dropped) {
					file.force(false);
					return new Received(written, checkpoint, Ending.DROPPED);
				}
				if (read < 0) {
					break;
				}
				if (written + read > allowed) {
					return new Received(written, checkpoint, Ending.TOO_LONG);
				}
				buffer.clear().limit(read);
				while (buffer.hasRemaining()) {
					written += file.write(buffer, from + written);
				}
				if (written - checkpoint >= CHECKPOINT_BYTES && written < allowed) {
					file.force(false);
					progress.reached(from + checkpoint, from + written);
					checkpoint = written;
				}
			}
			file.force(false);
		}
		return new Received(written, checkpoint, Ending.END_OF_BODY);
	}

	@PreDestroy
	void removeThrowaway() throws IOException {
		if (throwaway) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	private static FileAttribute<?>[] ownerOnly(String permissions) {
		return POSIX
				? new FileAttribute<?>[] {
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) }
				: new FileAttribute<?>[0];
	}

	enum Ending {

		/** The whole body arrived. */
		END_OF_BODY,
		/** The connection failed or timed out; what arrived before is on disk. */
		DROPPED,
		/** More than allowed: the request is refused. */
		TOO_LONG

	}

	/**
	 * @param written bytes written from the request's start offset
	 * @param recorded of those, the bytes already recorded at a checkpoint
	 */
	record Received(long written, long recorded, Ending ending) {
	}

	interface Progress {

		void reached(long from, long to);

	}

}
