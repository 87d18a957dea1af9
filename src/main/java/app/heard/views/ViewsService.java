package app.heard.views;

import app.heard.caserecord.CaseId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Recording views for a case's review in progress, for the signed-in person. Every method
 * checks the person's role in that case (through the case record); a person not linked to
 * the case gets {@link app.heard.caserecord.CaseNotFoundException}, a co-ordinator gets
 * an access-denied error.
 */
@PreAuthorize("isAuthenticated()")
public interface ViewsService {

	/**
	 * The set of this kind the person works on for the current review, created empty the
	 * first time.
	 */
	ViewSet open(CaseId caseId, ViewKind kind);

	/**
	 * Saves a draft answer (autosave and Continue both come here).
	 * @param expectedVersion the version the person started from, {@link ViewSet#NEW} for
	 * a first answer
	 * @return the answer's new version
	 * @throws EditConflictException if the answer was saved elsewhere in the meantime;
	 * nothing is overwritten
	 */
	long save(CaseId caseId, ViewKind kind, Question question, String text, long expectedVersion, Gathered gathered);

	/**
	 * Records an immutable, timestamped submission of the set as it is now. Earlier
	 * submissions are kept; the latest counts.
	 * @throws ViewsClosedException if the date for views has passed
	 */
	Instant submit(CaseId caseId, ViewKind kind);

	/** The latest submission of the set, for the confirmation and printable pages. */
	Optional<Submitted> lastSubmission(CaseId caseId, ViewKind kind);

}
