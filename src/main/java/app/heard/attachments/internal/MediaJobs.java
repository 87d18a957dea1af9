package app.heard.attachments.internal;

import app.heard.attachments.internal.AttachmentEntity.StoredRendition;
import app.heard.media.MalwareScanner;
import app.heard.media.MediaProcessor;
import app.heard.media.ProcessingOutcome;
import app.heard.media.RejectionReason;
import app.heard.media.Rendition;
import app.heard.media.ScanVerdict;
import app.heard.upload.UploadId;
import app.heard.upload.UploadNotFoundException;
import app.heard.upload.Uploads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Preparing files, as durable jobs in PostgreSQL (JobRunr, docs/decisions/0009): a job
 * survives a restart, is retried with growing pauses, and after {@link #ATTEMPTS} tries
 * the family sees that it failed on our side. One worker per instance
 * ({@code jobrunr.background-job-server.worker-count}), so a 2-core machine prepares one
 * video at a time; more instances on the same database share the queue. Public because
 * JobRunr calls its job methods by reflection.
 */
@Component
public class MediaJobs {

	/** Tries before giving up; JobRunr's retries are one fewer. */
	static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(MediaJobs.class);

	private final AttachmentStates states;

	private final Uploads uploads;

	private final MediaProcessor processor;

	private final MalwareScanner scanner;

	private final RenditionStore store;

	private final JobScheduler scheduler;

	private final AttachmentProperties properties;

	private final Clock clock;

	MediaJobs(AttachmentStates states, Uploads uploads, MediaProcessor processor, MalwareScanner scanner,
			RenditionStore store, JobScheduler scheduler, AttachmentProperties properties, Clock clock) {
		this.states = states;
		this.uploads = uploads;
		this.processor = processor;
		this.scanner = scanner;
		this.store = store;
		this.scheduler = scheduler;
		this.properties = properties;
		this.clock = clock;
	}

	/** Queues the file's preparation; queueing it again is harmless (same job id). */
	void queue(UUID attachmentId) {
		try {
			scheduler.enqueue(attachmentId, () -> prepare(attachmentId));
		}
		catch (RuntimeException alreadyQueued) {
			log.debug("Attachment {} already queued: {}", attachmentId, alreadyQueued.toString());
		}
	}

	/**
	 * Files that waited too long for their job (the portal stopped before queueing them),
	 * and files held for want of a malware verdict, due another scan.
	 */
	@Recurring(id = "attachments-sweep", interval = "PT1M")
	@Job(name = "Queue files still waiting")
	public void sweep() {
		Instant now = clock.instant();
		states.inStatusSince(AttachmentStatus.WAITING, now.minus(properties.sweepAfter())).forEach(this::queue);
		states.inStatusSince(AttachmentStatus.QUARANTINED, now.minus(properties.quarantineRetry()))
			.forEach(this::queue);
	}

	@Job(name = "Prepare a family's file %0", retries = ATTEMPTS - 1)
	public void prepare(UUID attachmentId) throws IOException {
		var attempt = change(attachmentId, attachment -> {
			if (attachment.getStatus().inProgress()) {
				attachment.startAttempt(clock.instant());
			}
		});
		if (attempt == null || attempt.isRemoved() || attempt.getStatus() != AttachmentStatus.PROCESSING) {
			// Finished by an earlier run, removed by the family, or never recorded
			return;
		}
		var upload = new UploadId(attachmentId);
		Path work = null;
		try {
			work = store.newWorkFolder();
			Path original = uploads.fileOf(upload);
			if (!safeToOpen(attachmentId, original, attempt.getAttempts())) {
				return;
			}
			ProcessingOutcome outcome = processor.process(original, work, new ProgressReport(attachmentId));
			switch (outcome) {
				case ProcessingOutcome.Processed processed -> keep(attachmentId, processed);
				case ProcessingOutcome.Rejected rejected -> change(attachmentId,
						attachment -> attachment.rejected(rejected.reason(),
								rejected.messageArguments().stream().findFirst().map(String::valueOf).orElse(null),
								clock.instant()));
			}
			uploads.discard(upload);
		}
		catch (UploadNotFoundException gone) {
			// Removed by the family, or discarded by an earlier try that finished
			log.info("Upload {} is gone; nothing to prepare", attachmentId);
		}
		catch (IOException | RuntimeException ex) {
			if (attempt.getAttempts() >= ATTEMPTS) {
				giveUp(attachmentId, ex);
				return;
			}
			throw ex;
		}
		finally {
			if (work != null) {
				deleteQuietly(work);
			}
		}
	}

	/**
	 * The last try failed too: the family is told it went wrong on our side, and the
	 * original goes, as after success or refusal: we never keep one (0009).
	 */
	private void giveUp(UUID attachmentId, Exception cause) {
		log.error("Giving up preparing attachment {} after {} tries", attachmentId, ATTEMPTS, cause);
		change(attachmentId, attachment -> attachment.failed(clock.instant()));
		uploads.discard(new UploadId(attachmentId));
	}

	/**
	 * Scans the original before anything opens it. Infected: refused and deleted. No
	 * verdict (scanner down, timed out, file too large for it): held, never treated as
	 * clean; retried with backoff while tries remain, then by the sweep.
	 */
	private boolean safeToOpen(UUID attachmentId, Path original, int attempt) {
		switch (scanner.scan(original)) {
			case ScanVerdict.Infected infected -> {
				log.warn("Attachment {} refused: malware scanner found {}", attachmentId, infected.signature());
				change(attachmentId,
						attachment -> attachment.rejected(RejectionReason.INFECTED, null, clock.instant()));
				uploads.discard(new UploadId(attachmentId));
				return false;
			}
			case ScanVerdict.Unavailable unavailable -> {
				log.warn("Attachment {} held: no malware verdict ({}: {})", attachmentId, unavailable.reason(),
						unavailable.detail());
				change(attachmentId, attachment -> attachment.quarantined(clock.instant()));
				if (attempt < ATTEMPTS && unavailable.reason().worthRetrying()) {
					throw new IllegalStateException("No malware verdict yet for " + attachmentId);
				}
				return false;
			}
			case ScanVerdict.Clean clean -> {
				return true;
			}
			case ScanVerdict.NotConfigured notConfigured -> {
				return true;
			}
		}
	}

	private void keep(UUID attachmentId, ProcessingOutcome.Processed processed) {
		var stored = new ArrayList<StoredRendition>();
		AttachmentEntity kept;
		try {
			for (Rendition rendition : processed.renditions()) {
				// Read once more before it is stored: the LA's manifest gives the hash
				// and size of exactly what is served
				var digest = Sha256.of(rendition.file());
				stored.add(new StoredRendition(UUID.randomUUID(), rendition.role(),
						store.put(rendition.file(), rendition.contentType()), rendition.contentType(), digest.bytes(),
						digest.hex()));
			}
			kept = change(attachmentId, attachment -> attachment.ready(processed.kind(), stored, processed.duration(),
					processed.width(), processed.height(), clock.instant()));
		}
		catch (RuntimeException ex) {
			// A bucket that failed half way, or the database: the next try stores them
			// anew
			forget(stored);
			throw ex;
		}
		if (kept == null || kept.isRemoved()) {
			forget(stored);
		}
	}

	private void forget(List<StoredRendition> stored) {
		for (var rendition : stored) {
			try {
				store.delete(rendition.storageKey());
			}
			catch (RuntimeException ex) {
				log.warn("Could not delete rendition {}; it is kept by no attachment", rendition.storageKey(), ex);
			}
		}
	}

	private AttachmentEntity change(UUID attachmentId, Consumer<AttachmentEntity> change) {
		return states.change(attachmentId, change).orElse(null);
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete work folder {}", folder, ex);
		}
	}

	/** Progress for the person's page, written at most every five percent. */
	private final class ProgressReport implements java.util.function.DoubleConsumer {

		private final UUID attachmentId;

		private int reported;

		ProgressReport(UUID attachmentId) {
			this.attachmentId = attachmentId;
		}

		@Override
		public void accept(double fraction) {
			int percent = (int) Math.round(fraction * 100);
			if (percent >= reported + 5 && percent < 100) {
				reported = percent;
				change(attachmentId, attachment -> attachment.progress(percent, clock.instant()));
			}
		}

	}

}
