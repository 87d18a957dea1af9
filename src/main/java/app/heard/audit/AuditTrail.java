package app.heard.audit;

/**
 * Records one thing done to a child's case. Who did it (the signed-in person), when (UTC)
 * and the request's source are filled in here, so callers cannot get them wrong.
 */
public interface AuditTrail {

	void record(AuditEvent event);

}
