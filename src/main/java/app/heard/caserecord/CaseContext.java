package app.heard.caserecord;

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
 */
public record CaseContext(CaseId id, String childName, CaseRole myRole, Set<CasePermission> permissions,
		Optional<ReviewId> currentReview, Optional<LocalDate> viewsDueOn) {

	public CaseContext {
		permissions = Set.copyOf(permissions);
	}

	public boolean may(CasePermission permission) {
		return permissions.contains(permission);
	}

}
