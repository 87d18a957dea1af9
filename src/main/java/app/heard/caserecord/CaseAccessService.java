package app.heard.caserecord;

import app.heard.identity.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who has access to a case, and changes to it made in the portal: linking a person who
 * accepted an invitation, and ending someone's access. Each change takes effect at once
 * (access is checked on every request) and is published as {@link AccessChanged} for the
 * LA. Like {@link CaseRecordService}, always for the signed-in person.
 */
@PreAuthorize("isAuthenticated()")
public interface CaseAccessService {

	/**
	 * The case as its co-ordinator manages it.
	 * @throws CaseNotFoundException if the person is not linked to the case
	 * @throws org.springframework.security.access.AccessDeniedException if they are
	 * linked but not its co-ordinator
	 */
	CoordinatedCase coordinated(CaseId id);

	/**
	 * Everyone with access today, and whether the signed-in person may end each one's
	 * access: a co-ordinator anyone's, a parent or carer or the young person their
	 * advocate's or DiAS worker's, nobody another parent's.
	 * @throws CaseNotFoundException if the person is not linked to the case
	 */
	List<Access> whoHasAccess(CaseId id);

	/**
	 * Gives a person access in a role, from today, because they accepted an invitation.
	 * Only the invitations feature calls this, once it has checked the invitation.
	 * @return the LA-facing id of the new involvement ({@code portal:<uuid>})
	 * @throws AccessRefused if they already hold a role in the case, or the role is the
	 * young person's and the child is not yet 16
	 */
	String linkFromInvitation(CaseId id, PersonId person, String displayName, CaseRole role, PersonId invitedBy);

	/**
	 * Ends someone's access today: from their next request the case is not there for
	 * them.
	 * @throws CaseNotFoundException if the signed-in person is not linked to the case, or
	 * there is no such access
	 * @throws org.springframework.security.access.AccessDeniedException if they may not
	 * end this one
	 */
	void endAccess(CaseId id, UUID involvementId);

	/**
	 * The family asks their advocate or DiAS worker to comment on draft plans for them,
	 * or stops asking (DOMAIN.md: an advocate acts within the family's permissions). Only
	 * a parent or carer or the young person may.
	 * @throws CaseNotFoundException if the signed-in person is not linked to the case, or
	 * there is no such helper with access
	 * @throws org.springframework.security.access.AccessDeniedException if they are not
	 * family
	 */
	void askToComment(CaseId id, UUID helperInvolvementId, boolean asked);

	record CoordinatedCase(CaseId id, String childName, LocalDate childDateOfBirth, String teamName) {
	}

	/**
	 * @param involvementId identifies this access, for ending it
	 * @param askedToComment an advocate or DiAS worker the family has asked to comment on
	 * draft plans for them
	 */
	record Access(UUID involvementId, String displayName, CaseRole role, LocalDate since, boolean you,
			boolean youMayEnd, boolean askedToComment) {
	}

}
