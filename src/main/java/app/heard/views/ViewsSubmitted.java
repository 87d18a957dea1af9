package app.heard.views;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.ReviewId;
import app.heard.identity.PersonId;
import java.time.Instant;

/**
 * A set of views was submitted for a review. Published in the transaction that records
 * the submission, so what is attached to the answers is kept with it, exactly as it was.
 * The listener that keeps the files runs first, so listeners that read what the
 * submission carried (the LA sync's media manifest) find it.
 *
 * @param submittedBy who pressed Send; for a parent's own views, whose views they are
 */
public record ViewsSubmitted(SubmissionId submission, CaseId caseId, ReviewId review, ViewKind kind,
		PersonId submittedBy, Instant at) {
}
