package app.heard.caserecord;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What another feature needs to act on a case for the signed-in person: their role in it,
 * what they may do in it, the child's name, and the review in progress with the date
 * views are due.
 *
 * @param permissions what the person may do here; a role alone does not say it (a parent
 * of a young person past compulsory school age may only see)
 * @param teamName the co-ordinating team, for pages that tell the family whom to contact
 */
public record CaseContext(CaseId id, String childName, CaseRole myRole, Set<CasePermission> permissions,
		Optional<ReviewId> currentReview, Optional<LocalDate> viewsDueOn, String teamName) {

	/** Whose behalf an advocate or DiAS worker acts on, in the audit trail. */
	public static final String FAMILY = "family";

	public CaseContext {
		permissions = Set.copyOf(permissions);
	}

	public boolean may(CasePermission permission) {
		return permissions.contains(permission);
	}

	/**
	 * The audit event for something this person was allowed to do in the case.
	 * @param resource what it was done to, e.g. {@code views/about-me}
	 * @see #audited(CaseId, CaseRole, AuditAction, String)
	 */
	public AuditEvent audited(AuditAction action, String resource) {
		return audited(id, myRole, action, resource);
	}

	/**
	 * In the person's role, and on the family's behalf when they are the family's
	 * advocate or DiAS worker: everything they do is attributed to them and to the
	 * family.
	 */
	public static AuditEvent audited(CaseId id, CaseRole role, AuditAction action, String resource) {
		var event = AuditEvent.allowed(id.value(), role.name(), action, resource);
		return role == CaseRole.ADVOCATE || role == CaseRole.DIAS_WORKER ? event.onBehalfOf(FAMILY) : event;
	}

}
