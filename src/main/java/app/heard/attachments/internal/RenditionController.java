package app.heard.attachments.internal;

import app.heard.attachments.RenditionResponses;
import app.heard.caserecord.CaseNotFoundException;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves renditions, never originals, only to someone who may see the file (checked per
 * request in {@link AttachmentLedger}); anyone else gets 404. A server-chosen file name,
 * no sniffing, no caching on shared devices, and a sandbox so nothing in a file can run
 * as the portal ({@link RenditionResponses}, which the LA's signed links use too). Range
 * requests are answered (Spring MVC does it for a {@link Resource} body), so a phone can
 * seek in a video; from a bucket, with a GET that starts at the range
 * ({@link S3Rendition}).
 */
@RestController
class RenditionController {

	private final AttachmentLedger ledger;

	RenditionController(AttachmentLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/media/{id}/{role}")
	ResponseEntity<Resource> rendition(@PathVariable UUID id, @PathVariable String role) {
		return ledger.open(id, role)
			.filter(served -> served.file().exists())
			.map(served -> RenditionResponses.ok(served.contentType(), role).body(served.file()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** Not linked to the case: the file does not exist for them, as the case does not. */
	@ExceptionHandler(CaseNotFoundException.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.notFound().build();
	}

}
