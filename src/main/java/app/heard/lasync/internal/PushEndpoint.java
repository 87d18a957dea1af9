package app.heard.lasync.internal;

import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseSnapshot;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LA pushes a case the moment it changes (la-sync-v1.yaml); what arrives applies by
 * version exactly as what the changes feed brings, so a case pushed and then pulled again
 * changes nothing the second time.
 */
@RestController
class PushEndpoint {

	private final CaseRecordImporter importer;

	private final SyncState state;

	PushEndpoint(CaseRecordImporter importer, SyncState state) {
		this.importer = importer;
		this.state = state;
	}

	@PostMapping(path = "/api/la/v1/cases", consumes = "application/json", produces = "application/json")
	@PreAuthorize("hasRole('" + SignedPushFilter.LA_SYSTEM + "')")
	Map<String, String> push(@RequestBody CaseSnapshot snapshot) {
		var caseId = importer.apply(snapshot);
		state.succeeded(SyncState.PUSH_IN);
		return Map.of("caseId", caseId.value().toString());
	}

}
