package app.heard.media;

import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.ProcessingOutcome.Rejected;
import app.heard.media.internal.AudioVideo;
import app.heard.media.internal.ContentSniffer;
import app.heard.media.internal.Documents;
import app.heard.media.internal.Job;
import app.heard.media.internal.Photos;
import app.heard.media.internal.Rejection;
import app.heard.media.internal.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the safe renditions of one untrusted file. The file's type comes from its content
 * alone; video, sound and HEIF are decoded only by sandboxed FFmpeg processes, other
 * photos and PDFs by Java decoders behind size limits
 * (docs/decisions/0007-media-processing-outside-the-jvm.md).
 *
 * <p>
 * Blocking and slow (seconds for a photo, up to minutes for a long video): call it from a
 * background job, not a request thread. Safe to call from several threads at once.
 */
@Component
public class MediaProcessor {

	private static final Logger log = LoggerFactory.getLogger(MediaProcessor.class);

	private final MediaProperties limits;

	private final AudioVideo audioVideo;

	private final Photos photos;

	private final Documents documents = new Documents();

	public MediaProcessor(MediaProperties limits) {
		this.limits = limits;
		var sandbox = new Sandbox(limits);
		this.audioVideo = new AudioVideo(sandbox, limits);
		this.photos = new Photos(sandbox, limits);
	}

	/**
	 * Processes {@code input} and writes its renditions into {@code outputDirectory}
	 * under names of its own choosing. Nothing is written when the file is rejected, and
	 * the input itself is never moved, changed or copied there.
	 * @param input the untrusted file; its name and extension are ignored
	 * @param outputDirectory where renditions go; created if missing
	 * @param progress told the share done, from 0 to 1, from the calling thread or a
	 * reader thread
	 * @return the renditions, or the reason to give the family
	 * @throws UncheckedIOException when our own disk fails, which is not the file's fault
	 */
	public ProcessingOutcome process(Path input, Path outputDirectory, DoubleConsumer progress) {
		try {
			if (Files.size(input) == 0) {
				return new Rejected(RejectionReason.EMPTY_FILE);
			}
			Optional<DetectedType> type = ContentSniffer.detect(input);
			if (type.isEmpty()) {
				return new Rejected(RejectionReason.NOT_A_SUPPORTED_TYPE);
			}
			try (Job job = Job.start(input, workDirectory(), outputDirectory)) {
				try {
					return process(type.get(), job, progress);
				}
				catch (Rejection rejection) {
					job.discardPublished();
					log.info("Rejected a {} file: {}", type.get(), rejection.getMessage());
					return new Rejected(rejection.reason(), rejection.arguments());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Processed process(DetectedType type, Job job, DoubleConsumer progress) throws IOException {
		return switch (type) {
			case JPEG, PNG, WEBP, HEIF -> this.photos.process(type, job, progress);
			case MP4, WEBM, OGG, MP3, WAV -> this.audioVideo.process(type, job, progress);
			case PDF -> this.documents.process(job, progress);
		};
	}

	private Path workDirectory() {
		return (this.limits.workDirectory() != null) ? this.limits.workDirectory()
				: Path.of(System.getProperty("java.io.tmpdir"));
	}

}
