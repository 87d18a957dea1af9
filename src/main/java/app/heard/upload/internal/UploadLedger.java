package app.heard.upload.internal;

import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.CurrentPerson;
import app.heard.upload.UploadId;
import app.heard.views.ViewKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads as the signed-in person sees them. Every call checks that the upload is theirs
 * and that they are still linked to its case; otherwise there is no such upload (404), as
 * for cases (0006).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class UploadLedger {

	private final UploadRepository uploads;

	private final UploadFiles files;

	private final CaseRecordService cases;

	private final CurrentPerson currentPerson;

	private final UploadProperties limits;

	private final Clock clock;

	UploadLedger(UploadRepository uploads, UploadFiles files, CaseRecordService cases, CurrentPerson currentPerson,
			UploadProperties limits, Clock clock) {
		this.uploads = uploads;
		this.files = files;
		this.cases = cases;
		this.currentPerson = currentPerson;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Starts an upload for one question of the case's views, and its empty file.
	 * @throws TusException 400 for an unknown kind or question, 403 if the person may not
	 * record these views, 413 over the file size limit or the case's quota
	 * @throws app.heard.caserecord.CaseNotFoundException if the person is not linked to
	 * the case
	 */
	Upload start(CaseId caseId, String kind, String question, Optional<String> displayFilename, long length) {
		ViewKind views = ViewKind.fromSlug(kind)
			.orElseThrow(() -> new TusException(HttpStatus.BAD_REQUEST, "Unknown kind of views: " + kind));
		if (views.question(question).isEmpty()) {
			throw new TusException(HttpStatus.BAD_REQUEST, "Not a question of " + kind + ": " + question);
		}
		if (length > limits.maxFileSize().toBytes()) {
			throw new TusException(HttpStatus.CONTENT_TOO_LARGE, "Files are limited to " + limits.maxFileSize());
		}
		CaseContext context = cases.context(caseId);
		if (!views.mayBeRecordedIn(context)) {
			throw new TusException(HttpStatus.FORBIDDEN, context.myRole() + " may not record " + kind);
		}
		uploads.lockCase(caseId.value());
		if (uploads.declaredForCase(caseId.value()) + length > limits.caseQuota().toBytes()) {
			throw new TusException(HttpStatus.CONTENT_TOO_LARGE,
					"The case's uploads are limited to " + limits.caseQuota() + " together");
		}
		var upload = new UploadEntity(UUID.randomUUID(), currentPerson.require().id(), caseId, kind, question,
				displayFilename.orElse(null), length, clock.instant(), limits.expiry());
		uploads.saveAndFlush(upload);
		try {
			files.create(upload.getId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return upload.snapshot();
	}

	/**
	 * @throws TusException 404 if it is not the person's, 410 if it expired unfinished
	 */
	@Transactional(readOnly = true)
	Upload mine(UploadId id) {
		return own(id, true).snapshot();
	}

	/**
	 * The person's upload, for a request that brings more of it: as {@link #mine}, and
	 * they must still be allowed to record the views it is for, as at creation (a young
	 * person may have made a parent "see only" since).
	 * @throws TusException 404 if it is not the person's, 410 if it expired unfinished,
	 * 403 if they may no longer record these views
	 */
	@Transactional(readOnly = true)
	Upload mineToWrite(UploadId id) {
		Upload upload = own(id, true).snapshot();
		CaseContext context = cases.context(upload.caseId());
		boolean mayRecord = ViewKind.fromSlug(upload.kind())
			.filter(views -> views.mayBeRecordedIn(context))
			.isPresent();
		if (!mayRecord) {
			throw new TusException(HttpStatus.FORBIDDEN, context.myRole() + " may no longer record " + upload.kind());
		}
		return upload;
	}

	/**
	 * Where the person's upload is now, for a request whose access {@link #mine} has
	 * already checked.
	 */
	@Transactional(readOnly = true)
	long offsetOf(UploadId id) {
		return theirs(id).snapshot().offset();
	}

	/**
	 * Records that the bytes up to {@code to} are on disk, for a request whose access
	 * {@link #mine} checked when it began. Reaching the declared length completes the
	 * upload and publishes the event, in this transaction.
	 * @throws OffsetConflictException if the upload is no longer at {@code from}
	 */
	Upload advance(UploadId id, long from, long to) {
		// Not refused as expired: these bytes arrived while the request was allowed
		var upload = theirs(id);
		upload.advance(from, to, clock.instant(), limits.expiry());
		return uploads.save(upload).snapshot();
	}

	/**
	 * Deletes an unfinished upload and its file. A finished one belongs to the media
	 * pipeline, and is removed through the page that shows it.
	 */
	void terminate(UploadId id) {
		var upload = own(id, false);
		if (upload.isComplete()) {
			throw new TusException(HttpStatus.CONFLICT, "A finished upload is removed where it is shown");
		}
		uploads.delete(upload);
		uploads.flush();
		files.delete(id.value());
	}

	private UploadEntity own(UploadId id, boolean refuseExpired) {
		var upload = theirs(id);
		cases.context(new CaseId(upload.getCaseId()));
		if (refuseExpired && upload.isExpired(clock.instant())) {
			throw new TusException(HttpStatus.GONE, "Upload " + id + " expired unfinished");
		}
		return upload;
	}

	private UploadEntity theirs(UploadId id) {
		return uploads.findById(id.value())
			.filter(found -> found.belongsTo(currentPerson.require().id()))
			.orElseThrow(() -> new TusException(HttpStatus.NOT_FOUND, "No upload " + id));
	}

}
