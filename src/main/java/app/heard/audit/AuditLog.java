package app.heard.audit;

import java.util.List;
import java.util.UUID;

/**
 * Reads the trail back, for a subject access request. Callers check first that the
 * signed-in person may see it (the case's co-ordinator); reading is itself to be recorded
 * ({@link AuditAction#EXPORT}).
 */
public interface AuditLog {

	/** Every event about the case, oldest first, refusals included. */
	List<RecordedEvent> forCase(UUID caseId);

}
