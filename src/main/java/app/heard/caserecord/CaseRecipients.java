package app.heard.caserecord;

import app.heard.identity.PersonId;
import java.util.List;
import java.util.Optional;

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

	/**
	 * Where the LA's case record says to reach this person about this case, while they
	 * are involved in it. Second to the address they sign in with (decision 0016): for
	 * someone whose identity provider gave none.
	 */
	Optional<String> emailFromLa(CaseId id, PersonId person);

}
