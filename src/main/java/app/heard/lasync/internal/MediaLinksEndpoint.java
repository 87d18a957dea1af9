package app.heard.lasync.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.lasync.MediaLinksRequest;
import app.heard.lasync.MediaManifest;
import app.heard.views.SubmissionId;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LA asks again for a submission's media manifest, with fresh links: after the links
 * in the message expired, or to fetch a file again. Signed like a push (only the LA's
 * system gets here, {@link SignedPushFilter}); the body names the submission, so the
 * signature covers which one. Only for submissions the portal sent to the LA. Recorded in
 * the audit trail as the LA's case record system reading the manifest
 * (docs/decisions/0019).
 */
@RestController
class MediaLinksEndpoint {

	private final OutboundPayloads payloads;

	private final MediaLinks links;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	MediaLinksEndpoint(OutboundPayloads payloads, MediaLinks links, JdbcClient jdbc, AuditTrail audit) {
		this.payloads = payloads;
		this.links = links;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@PostMapping(path = "/api/la/v1/media-links", consumes = "application/json", produces = "application/json")
	@PreAuthorize("hasRole('" + SignedPushFilter.LA_SYSTEM + "')")
	@Transactional
	ResponseEntity<?> refresh(@RequestBody MediaLinksRequest request) {
		if (request == null || request.submissionId() == null) {
			return ResponseEntity.badRequest().body(Map.of("error", "submissionId is required"));
		}
		var caseId = jdbc.sql("""
				select case_id from la_outbox
				where type = 'VIEWS_SUBMITTED' and payload ->> 'submissionId' = :submission limit 1""")
			.param("submission", request.submissionId().toString())
			.query(UUID.class)
			.optional();
		if (caseId.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "No views were sent to the LA with submissionId " + request.submissionId()));
		}
		var media = links.linked(payloads.media(new SubmissionId(request.submissionId())));
		audit.record(AuditEvent.allowed(caseId.get(), MediaDownloadEndpoint.LA_CASE_RECORD, AuditAction.VIEW,
				"submissions/" + request.submissionId() + "/media"));
		return ResponseEntity.ok(new MediaManifest(request.submissionId(), media));
	}

}
