package app.heard.caserecord;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Restrictions of named people in a case, for the case's co-ordinator only (a
 * co-ordinator in the case's team). Nobody else may record, lift or read them: one parent
 * can never restrict another. Every method checks, per case, that the signed-in person is
 * linked to it ({@link CaseNotFoundException} otherwise) and is its co-ordinator
 * ({@link org.springframework.security.access.AccessDeniedException} otherwise). Each
 * change publishes {@link AccessChanged} for the LA.
 */
@PreAuthorize("isAuthenticated()")
public interface RestrictionService {

	/** The people who could be restricted, and every restriction, active ones first. */
	CaseRestrictions of(CaseId caseId);

	/**
	 * Records a restriction of a person involved in the case; it applies at once.
	 * @param person one of {@link CaseRestrictions#people()}
	 * @throws IllegalArgumentException if the person is not involved in this case
	 */
	UUID record(CaseId caseId, UUID person, RestrictionReason reason, RestrictionScope scope);

	/**
	 * Lifts a restriction recorded in the portal.
	 * @throws IllegalStateException if the LA recorded it (lifted in the LA's record) or
	 * it is lifted already
	 * @throws IllegalArgumentException if it is not a restriction of this case
	 */
	void lift(CaseId caseId, UUID restriction);

	/**
	 * @param people everyone involved in the case who could be restricted
	 */
	record CaseRestrictions(String childName, List<InvolvedPerson> people, List<Restriction> restrictions) {
	}

	record InvolvedPerson(UUID id, String name, CaseRole role) {
	}

}
