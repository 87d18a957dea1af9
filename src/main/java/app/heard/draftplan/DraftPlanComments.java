package app.heard.draftplan;

import app.heard.caserecord.CaseId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reading a served draft plan and commenting on it, for the signed-in person. Every
 * method checks, per case, that the person is linked to the child (otherwise
 * {@link app.heard.caserecord.CaseNotFoundException}); writing needs the right to comment
 * (otherwise access denied) and an open window (otherwise
 * {@link CommentsClosedException}).
 */
@PreAuthorize("isAuthenticated()")
public interface DraftPlanComments {

	/**
	 * The draft with the person's own comments.
	 * @throws NoDraftPlanException if no draft is waiting for comments
	 */
	DraftPlanPage open(CaseId caseId);

	/**
	 * Saves a draft comment (autosave and Continue both come here); an empty text leaves
	 * nothing to send.
	 * @param expectedVersion the version the person started from, {@link #NEW} for a
	 * first comment
	 * @return the comment's new version
	 * @throws CommentConflictException if it was saved elsewhere (another tab) meanwhile
	 * @throws CommentAlreadySentException if this comment has been sent
	 */
	long save(CaseId caseId, Target target, String text, long expectedVersion);

	/**
	 * Sends all the person's draft comments together; from now on they cannot change.
	 * Publishes {@link CommentsSubmitted}.
	 * @return when, or nothing if there was nothing to send
	 */
	Optional<Instant> submit(CaseId caseId);

	/**
	 * A case co-ordinator gives the family until a later last day.
	 * @throws IllegalArgumentException if the day is not after the regulations' last day
	 */
	void extendWindow(CaseId caseId, LocalDate lastDay);

	/** The draft plan as a PDF, with the person's comments. */
	byte[] pdf(CaseId caseId);

	/**
	 * Every comment the person has sent on this child's draft plans, newest first, each
	 * with the LA's response once it has answered: "you said, we did", also after the
	 * final plan has replaced the draft.
	 */
	List<Answered> sentComments(CaseId caseId);

	/** A sent comment and, when the LA has answered it, its response. */
	record Answered(DraftComment comment, Optional<app.heard.caserecord.DraftPlan.Response> response) {
	}

	long NEW = -1;

}
