package app.heard.audit;

import app.heard.identity.PersonId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An event as the trail keeps it.
 *
 * @param person who did it; empty for background work or someone not signed in
 * @param source the request's remote address and user agent, or "job"
 */
public record RecordedEvent(Instant at, Optional<PersonId> person, Optional<String> role, Optional<String> onBehalfOf,
		UUID caseId, String action, String resource, String outcome, String source) {
}
