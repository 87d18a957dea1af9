package app.heard.lasync.internal;

import app.heard.attachments.RenditionResponses;
import app.heard.attachments.SentFiles;
import app.heard.attachments.SentFiles.HeldRendition;
import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the links in the LA's media manifests lead (docs/decisions/0019). A rendition is
 * served only for a link the portal signed ({@link MediaLinks}) whose time is not up, and
 * only while the file still belongs to a submission and the rendition is still held:
 * checked on every request, so nothing taken out of what was sent is served on an old
 * link. Served as the families' handler serves it (server-chosen name, {@code nosniff},
 * {@code no-store}, {@code sandbox}, Range requests), with the SHA-256 the manifest gave
 * as {@code Repr-Digest}. Refusals carry no body: 403 for a link the portal did not sign
 * (not recorded against any child: anyone may try), 410 for one it signed that has
 * expired or leads to nothing any more. Every download and every refusal of a signed link
 * is in the audit trail, as read by the LA's case record system, for the case.
 */
@RestController
class MediaDownloadEndpoint {

	/**
	 * The LA's system in the audit trail's role column: no person, no role in the case.
	 */
	static final String LA_CASE_RECORD = "LA_CASE_RECORD";

	private static final Logger log = LoggerFactory.getLogger(MediaDownloadEndpoint.class);

	private final MediaLinks links;

	private final SentFiles files;

	private final AuditTrail audit;

	MediaDownloadEndpoint(MediaLinks links, SentFiles files, AuditTrail audit) {
		this.links = links;
		this.files = files;
		this.audit = audit;
	}

	@GetMapping(MediaLinks.PATH + "{renditionId}")
	ResponseEntity<Resource> download(@PathVariable String renditionId, @RequestParam(required = false) String expires,
			@RequestParam(required = false) String signature) {
		UUID id = parse(renditionId).orElse(null);
		var verdict = id == null ? MediaLinks.Verdict.FORGED : links.check(id, expires, signature);
		if (verdict == MediaLinks.Verdict.FORGED) {
			log.warn("Refused a media download with a link the portal did not sign (rendition {})",
					id == null ? "not an id" : id);
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		var held = files.rendition(id);
		if (verdict == MediaLinks.Verdict.EXPIRED || held.isEmpty() || !held.get().file().exists()) {
			audit.record(new AuditEvent(held.map(found -> found.caseId().value()), Optional.of(LA_CASE_RECORD),
					Optional.empty(), AuditAction.DOWNLOAD,
					held.map(MediaDownloadEndpoint::resource).orElse("media/renditions/" + id),
					AuditEvent.Outcome.DENIED));
			return ResponseEntity.status(HttpStatus.GONE).build();
		}
		var found = held.get();
		audit.record(AuditEvent.allowed(found.caseId().value(), LA_CASE_RECORD, AuditAction.DOWNLOAD, resource(found)));
		var rendition = found.rendition();
		return RenditionResponses.ok(rendition.contentType(), rendition.role())
			.header("Repr-Digest",
					"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(rendition.sha256())) + ":")
			.body(found.file());
	}

	/** As the families' downloads of the same file are recorded. */
	private static String resource(HeldRendition held) {
		return "media/" + held.attachmentId() + "/" + held.rendition().role();
	}

	private static Optional<UUID> parse(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
