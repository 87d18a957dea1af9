package app.heard.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * What each finished upload's file held when {@link UploadCompleted} was published. The
 * attachments job prepares the file and deletes the original seconds later, so a test
 * that reads it afterwards would race the job.
 */
final class ArrivedFiles {

	private final Uploads uploads;

	private final Map<UploadId, Arrived> arrived = new ConcurrentHashMap<>();

	private final ApplicationListener<PayloadApplicationEvent<UploadCompleted>> listener = ApplicationListener
		.forPayload(this::record);

	ArrivedFiles(Uploads uploads) {
		this.uploads = uploads;
	}

	/** Register it with the application context while the test runs. */
	ApplicationListener<PayloadApplicationEvent<UploadCompleted>> listener() {
		return listener;
	}

	private void record(UploadCompleted completed) {
		Path file = uploads.fileOf(completed.id());
		try {
			arrived.put(completed.id(), new Arrived(Files.readAllBytes(file), file.getFileName().toString(),
					uploads.displayFilename(completed.id())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] bytes(UploadId id) {
		return of(id).bytes();
	}

	String fileName(UploadId id) {
		return of(id).fileName();
	}

	private Arrived of(UploadId id) {
		return Optional.ofNullable(arrived.get(id)).orElseThrow(() -> new AssertionError(id + " never completed"));
	}

	Optional<String> displayFilename(UploadId id) {
		return of(id).displayFilename();
	}

	private record Arrived(byte[] bytes, String fileName, Optional<String> displayFilename) {
	}

}
