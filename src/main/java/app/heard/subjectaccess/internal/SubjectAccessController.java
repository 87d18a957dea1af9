package app.heard.subjectaccess.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The download behind "Download everything about this child" on the case page. Never
 * cached: it is the most sensitive file the portal makes.
 */
@RestController
class SubjectAccessController {

	static final String PATH = "/children/{caseId}/everything.zip";

	private final SubjectAccessExport export;

	SubjectAccessController(SubjectAccessExport export) {
		this.export = export;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> everything(@PathVariable String caseId) {
		CaseId id = CaseId.parse(caseId).orElseThrow(() -> new CaseNotFoundException(null));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("everything-" + id + ".zip").build().toString())
			.body(export.export(id));
	}

	/** Not linked to the case, or a malformed id: it does not exist for them. */
	@ExceptionHandler(CaseNotFoundException.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.notFound().build();
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<String> refused() {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.TEXT_PLAIN)
			.body("Only the local authority's case co-ordinator can download everything about a child.");
	}

}
