package app.heard.caserecord;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What another feature needs to act on a case for the signed-in person: their role in it,
 * the child's name, and the review in progress with the date views are due.
 */
public record CaseContext(CaseId id, String childName, CaseRole myRole, Optional<ReviewId> currentReview,
		Optional<LocalDate> viewsDueOn) {
}
