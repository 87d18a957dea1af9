package app.heard.upload.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.upload.UploadId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * tus 1.0.0 (https://tus.io/protocols/resumable-upload) with the creation,
 * creation-with-upload, termination and expiration extensions, for the signed-in person.
 * The creation request's {@code Upload-Metadata} names the case ({@code caseId}), the
 * views ({@code kind}: about-me or our-views), the question ({@code question}) and, only
 * as a hint to show, the file's name ({@code filename}). Reached with the session cookie
 * and the CSRF token from the page (0008).
 */
@RestController
@RequestMapping("/uploads")
class TusController {

	static final String RESUMABLE = "Tus-Resumable";

	static final String VERSION = "1.0.0";

	static final String OFFSET = "Upload-Offset";

	static final String LENGTH = "Upload-Length";

	static final String METADATA = "Upload-Metadata";

	static final MediaType BYTES = MediaType.parseMediaType("application/offset+octet-stream");

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final UploadLedger ledger;

	private final UploadFiles files;

	private final UploadLocks locks;

	private final UploadProperties limits;

	TusController(UploadLedger ledger, UploadFiles files, UploadLocks locks, UploadProperties limits) {
		this.ledger = ledger;
		this.files = files;
		this.locks = locks;
		this.limits = limits;
	}

	@RequestMapping(path = { "", "/" }, method = RequestMethod.OPTIONS)
	ResponseEntity<Void> discover() {
		return ResponseEntity.noContent()
			.header(RESUMABLE, VERSION)
			.header("Tus-Version", VERSION)
			.header("Tus-Extension", "creation,creation-with-upload,termination,expiration")
			.header("Tus-Max-Size", String.valueOf(limits.maxFileSize().toBytes()))
			.build();
	}

	@PostMapping(path = { "", "/" })
	ResponseEntity<Void> create(HttpServletRequest request) throws IOException {
		requireTus(request);
		if (request.getHeader("Upload-Defer-Length") != null) {
			throw new TusException(HttpStatus.BAD_REQUEST, "Send Upload-Length: deferring it is not supported");
		}
		long length = number(request.getHeader(LENGTH), LENGTH);
		if (length < 1) {
			throw new TusException(HttpStatus.BAD_REQUEST, "An upload has at least one byte");
		}
		if (length > limits.maxFileSize().toBytes()) {
			throw new TusException(HttpStatus.CONTENT_TOO_LARGE, "Files are limited to " + limits.maxFileSize());
		}
		Map<String, String> metadata = TusMetadata.parse(request.getHeader(METADATA));
		// A malformed case id is no case, as everywhere in the portal
		CaseId caseId = CaseId.parse(metadata.get("caseId"))
			.orElseThrow(() -> new TusException(HttpStatus.NOT_FOUND, "No such case"));
		Upload upload = ledger.start(caseId, required(metadata, "kind"), required(metadata, "question"),
				TusMetadata.displayFilename(metadata.get("filename")), length);
		var response = ResponseEntity.created(URI.create(request.getContextPath() + "/uploads/" + upload.id()))
			.header(RESUMABLE, VERSION);
		if (BYTES.equalsTypeAndSubtype(contentType(request)) && hasBody(request)) {
			upload = receiveLocked(upload, request);
			response.header(OFFSET, String.valueOf(upload.offset()));
		}
		expiry(response, upload);
		return response.build();
	}

	@RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
	ResponseEntity<Void> status(@PathVariable String id, HttpServletRequest request) {
		requireTus(request);
		Upload upload = ledger.mine(idOf(id));
		var metadata = new LinkedHashMap<String, String>();
		metadata.put("caseId", upload.caseId().toString());
		metadata.put("kind", upload.kind());
		metadata.put("question", upload.question());
		upload.displayFilename().ifPresent(name -> metadata.put("filename", name));
		var response = ResponseEntity.ok()
			.header(RESUMABLE, VERSION)
			.header(OFFSET, String.valueOf(upload.offset()))
			.header(LENGTH, String.valueOf(upload.length()))
			.header(METADATA, TusMetadata.format(metadata))
			.cacheControl(CacheControl.noStore());
		expiry(response, upload);
		return response.build();
	}

	@PatchMapping("/{id}")
	ResponseEntity<Void> append(@PathVariable String id, HttpServletRequest request) throws IOException {
		requireTus(request);
		UploadId uploadId = idOf(id);
		Upload upload = ledger.mineToWrite(uploadId);
		if (!BYTES.equalsTypeAndSubtype(contentType(request))) {
			throw new TusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send Content-Type: " + BYTES);
		}
		long offset = number(request.getHeader(OFFSET), OFFSET);
		if (offset != upload.offset()) {
			throw new OffsetConflictException(upload.offset());
		}
		upload = receiveLocked(upload, request);
		var response = ResponseEntity.noContent()
			.header(RESUMABLE, VERSION)
			.header(OFFSET, String.valueOf(upload.offset()));
		expiry(response, upload);
		return response.build();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> terminate(@PathVariable String id, HttpServletRequest request) {
		requireTus(request);
		UploadId uploadId = idOf(id);
		ledger.mine(uploadId);
		try (var locked = lock(uploadId)) {
			ledger.terminate(uploadId);
		}
		return ResponseEntity.noContent().header(RESUMABLE, VERSION).build();
	}

	/**
	 * Streams the body to disk, one request per upload at a time, and records how far it
	 * got, also when the connection drops half-way: the client resumes from there.
	 */
	private Upload receiveLocked(Upload checked, HttpServletRequest request) throws IOException {
		UploadId id = checked.id();
		try (var lock = lock(id)) {
			// Read again under the lock: another request may have moved it on meanwhile
			long from = ledger.offsetOf(id);
			if (from != checked.offset()) {
				throw new OffsetConflictException(from);
			}
			long remaining = checked.length() - from;
			if (request.getContentLengthLong() > remaining) {
				throw new TooLongException();
			}
			// Progress is recorded only while the lock is still ours
			var received = files.receive(id.value(), from, remaining, request.getInputStream(), (at, to) -> {
				lock.ensureHeld();
				ledger.advance(id, at, to);
			});
			if (received.ending() != UploadFiles.Ending.TOO_LONG) {
				lock.ensureHeld();
			}
			return switch (received.ending()) {
				case END_OF_BODY -> ledger.advance(id, from + received.recorded(), from + received.written());
				case DROPPED -> {
					ledger.advance(id, from + received.recorded(), from + received.written());
					throw new DroppedException();
				}
				case TOO_LONG -> throw new TooLongException();
			};
		}
	}

	/**
	 * Held across instances (0020): a second request for the upload, on any of them, is
	 * told 423 at once rather than kept waiting.
	 */
	private UploadLocks.Held lock(UploadId id) {
		return locks.tryLock(id.value())
			.orElseThrow(() -> new TusException(HttpStatus.LOCKED, "Another request is writing this upload"));
	}

	@ExceptionHandler
	ResponseEntity<String> refused(TusException ex) {
		return answer(ex.status(), ex.getMessage()).build(ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> conflict(OffsetConflictException ex) {
		return answer(HttpStatus.CONFLICT, ex.getMessage()).header(OFFSET, String.valueOf(ex.offset()))
			.build(ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> raced(ObjectOptimisticLockingFailureException ex) {
		return answer(HttpStatus.CONFLICT, "The upload changed meanwhile").build("The upload changed meanwhile");
	}

	@ExceptionHandler
	ResponseEntity<String> noCase(CaseNotFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, "No such upload").build("No such upload");
	}

	/** What is left of the body is not read, so the connection cannot be reused. */
	@ExceptionHandler
	ResponseEntity<String> tooLong(TooLongException ex) {
		String message = "The request is longer than the rest of the upload";
		return answer(HttpStatus.CONTENT_TOO_LARGE, message).header(HttpHeaders.CONNECTION, "close").build(message);
	}

	@ExceptionHandler
	ResponseEntity<String> dropped(DroppedException ex) {
		String message = "The request ended early; continue from the offset HEAD gives";
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, message).header(HttpHeaders.CONNECTION, "close").build(message);
	}

	private static Answer answer(HttpStatus status, String message) {
		return new Answer(ResponseEntity.status(status).header(RESUMABLE, VERSION).contentType(MediaType.TEXT_PLAIN));
	}

	private static void requireTus(HttpServletRequest request) {
		if (!VERSION.equals(request.getHeader(RESUMABLE))) {
			throw new TusException(HttpStatus.PRECONDITION_FAILED, "Speak tus " + VERSION);
		}
	}

	private static UploadId idOf(String text) {
		return UploadId.parse(text).orElseThrow(() -> new TusException(HttpStatus.NOT_FOUND, "No such upload"));
	}

	private static long number(String header, String name) {
		try {
			long value = Long.parseLong(header == null ? "" : header.trim());
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the refusal
		}
		throw new TusException(HttpStatus.BAD_REQUEST, name + " must be a whole number of bytes");
	}

	private static String required(Map<String, String> metadata, String key) {
		String value = metadata.get(key);
		if (value == null || value.isBlank()) {
			throw new TusException(HttpStatus.BAD_REQUEST, "Upload-Metadata needs " + key);
		}
		return value;
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private static void expiry(ResponseEntity.HeadersBuilder<?> response, Upload upload) {
		if (!upload.complete()) {
			response.header("Upload-Expires", HTTP_DATE.format(upload.expiresAt()));
		}
	}

	private record Answer(ResponseEntity.BodyBuilder builder) {

		Answer header(String name, String value) {
			builder.header(name, value);
			return this;
		}

		ResponseEntity<String> build(String body) {
			return builder.body(body);
		}

	}

	private static final class TooLongException extends RuntimeException {

	}

	private static final class DroppedException extends RuntimeException {

	}

}
