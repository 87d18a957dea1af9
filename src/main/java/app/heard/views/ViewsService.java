package app.heard.views;

import app.heard.caserecord.CaseId;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Recording views for a case's review in progress, for the signed-in person. Every method
 * checks the person's role in that case (through the case record); a person not linked to
 * the case gets {@link app.heard.caserecord.CaseNotFoundException}, a co-ordinator gets
 * an access-denied error when recording.
 */
@PreAuthorize("isAuthenticated()")
public interface ViewsService {

	/**
	 * The set of this kind the person works on for the current review, created empty the
	 * first time.
	 */
	ViewSet open(CaseId caseId, ViewKind kind);

	/**
	 * Saves a draft answer (autosave and Continue both come here). The answer is
	 * attributed to the signed-in person, with how they said the child's views are being
	 * gathered ({@link #sayHowGathered}).
	 * @param expectedVersion the version the person started from, {@link ViewSet#NEW} for
	 * a first answer
	 * @return the answer's new version
	 * @throws EditConflictException if the answer was saved elsewhere in the meantime;
	 * nothing is overwritten
	 */
	long save(CaseId caseId, ViewKind kind, Question question, String text, long expectedVersion);

	/**
	 * Saves how one outcome in the plan is going, like {@link #save} (YES, NOT_SURE or
	 * NO; empty for no answer).
	 * @param outcomeLaId an outcome of the child's current plan
	 */
	long rateOutcome(CaseId caseId, ViewKind kind, String outcomeLaId, String rating, long expectedVersion);

	/**
	 * Records how the signed-in person is gathering the child's views (About Me, someone
	 * other than the child recording). It is said in the attribution of every answer they
	 * save from now on.
	 */
	void sayHowGathered(CaseId caseId, Gathered gathered);

	/**
	 * Records an immutable, timestamped submission of the set as it is now. Earlier
	 * submissions are kept; the latest counts.
	 * @throws ViewsClosedException if the date for views has passed
	 */
	Instant submit(CaseId caseId, ViewKind kind);

}
