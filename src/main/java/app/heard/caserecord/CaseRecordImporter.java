package app.heard.caserecord;

import app.heard.identity.PersonId;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the LA's case record to the mirror. Changes apply by the LA's version: an older
 * or repeated version of any entity is ignored. Called by the sync with the LA and by the
 * demo profile; never from a page.
 */
public interface CaseRecordImporter {

	/**
	 * @return the case's id in this portal
	 */
	CaseId apply(CaseSnapshot snapshot);

	/**
	 * Links a person who has signed in to their involvement in a case (identified by the
	 * LA's id).
	 */
	void linkPerson(String involvementLaId, PersonId person);

	/**
	 * The portal's id of a review the LA has sent, for importing what families said in
	 * it.
	 * @throws IllegalArgumentException if no such review has been imported
	 */
	ReviewId review(String reviewLaId);

	/** The LA's id of a review the portal mirrors, for what families said in it. */
	String reviewLaId(ReviewId review);

	/** Makes a person a case co-ordinator in a team (identified by the LA's id). */
	void addTeamMember(String teamLaId, PersonId person);

	/** The portal's id of a case the LA has sent, by the LA's id. */
	Optional<CaseId> caseId(String caseLaId);

	/**
	 * The LA's id of a case in this portal, for what the portal sends the LA about it.
	 * @throws CaseNotFoundException if there is no such case
	 */
	String laId(CaseId caseId);

	/**
	 * Every case the portal mirrors, by the LA's id, with the LA's version the portal
	 * holds: what the nightly reconciliation compares with the LA's own list.
	 */
	Map<String, Long> mirroredVersions();

	/**
	 * Cases whose SEN2 details (UPN, ULN, need codes) did not check out, by the LA's id,
	 * each with what did not, for the LA to correct in its own record. The case was
	 * imported all the same, with the details as sent.
	 */
	Map<String, String> sen2Problems();

}
