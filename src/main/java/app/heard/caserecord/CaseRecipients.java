package app.heard.caserecord;

import app.heard.identity.PersonId;
import java.util.List;

/**
 * Who is to be told about something in a case, for notifications sent outside anyone's
 * request (an LA change arriving). The same access check as every read, so a restricted
 * or withdrawn person is never told.
 */
public interface CaseRecipients {

	/** The people who may comment on the case's draft plan today. */
	List<PersonId> whoMayComment(CaseId id);

	/**
	 * The parents and young people who may give their views in the case today (not
	 * advocates, who help them, nor co-ordinators).
	 */
	List<PersonId> whoGiveViews(CaseId id);

	/** Everyone in the family's side of the case who may see it today. */
	List<PersonId> whoMaySee(CaseId id);

}
