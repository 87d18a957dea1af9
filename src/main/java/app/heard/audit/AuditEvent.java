package app.heard.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One read or write of a child's case.
 *
 * @param caseId the case, when the action concerns one
 * @param role the actor's role in that case (a {@code CaseRole} name), when they have one
 * @param onBehalfOf whose behalf they acted on ("family", a person's id), when not their
 * own
 * @param action what kind of thing was done
 * @param resource what it was done to, e.g. {@code views/about-me}, {@code media/<id>}
 * @param outcome whether it was allowed
 */
public record AuditEvent(Optional<UUID> caseId, Optional<String> role, Optional<String> onBehalfOf, AuditAction action,
		String resource, Outcome outcome) {

	public AuditEvent {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(onBehalfOf, "onBehalfOf");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(resource, "resource");
		Objects.requireNonNull(outcome, "outcome");
	}

	public static AuditEvent allowed(UUID caseId, String role, AuditAction action, String resource) {
		return new AuditEvent(Optional.of(caseId), Optional.ofNullable(role), Optional.empty(), action, resource,
				Outcome.ALLOWED);
	}

	public static AuditEvent denied(UUID caseId, AuditAction action, String resource) {
		return new AuditEvent(Optional.ofNullable(caseId), Optional.empty(), Optional.empty(), action, resource,
				Outcome.DENIED);
	}

	public AuditEvent onBehalfOf(String whom) {
		return new AuditEvent(caseId, role, Optional.of(whom), action, resource, outcome);
	}

	public enum Outcome {

		ALLOWED, DENIED

	}

}
