package app.heard.caserecord;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone's access to a case changed in the portal. Published in the transaction that
 * made the change; the LA sync (issue 6) sends it to the LA as an access event.
 *
 * @param person the person whose access changed, once known to the portal
 * @param involvementLaId the LA's id of their involvement, when there is one
 * @param detail a machine-readable detail (e.g. a handover choice), when the kind has one
 * @param by who made the change
 */
public record AccessChanged(CaseId caseId, Kind kind, Optional<UUID> person, Optional<String> involvementLaId,
		CaseRole role, Optional<String> detail, Instant at, UUID by) {

	public AccessChanged {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(involvementLaId, "involvementLaId");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(by, "by");
	}

	public enum Kind {

		INVITED, INVITATION_ACCEPTED, INVITATION_WITHDRAWN, ACCESS_REMOVED, ACCESS_ENDED_BY_FAMILY, HANDOVER_CHOICE,
		CAPACITY_RECORDED, RESTRICTION_RECORDED, RESTRICTION_LIFTED,
		/**
		 * The family asked their helper to comment for them (detail "true"), or stopped.
		 */
		HELPER_ASKED_TO_COMMENT

	}

}
