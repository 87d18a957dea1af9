package app.heard.views;

import app.heard.caserecord.CaseId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reading views once they are sent: for the person who sent them, and for everyone else
 * linked to the case (views once sent are for the review; a draft stays private). Every
 * method checks that the signed-in person is linked to the case.
 */
@PreAuthorize("isAuthenticated()")
public interface SubmittedViewsService {

	/** The latest submission of the person's own set, for the confirmation page. */
	Optional<Submitted> lastSubmission(CaseId caseId, ViewKind kind);

	/**
	 * Other people's views for the current review that they have sent (their latest
	 * submission each). Drafts are never listed.
	 */
	List<SentViews> sentByOthers(CaseId caseId);

	/**
	 * A submission of this case, read-only.
	 * @throws app.heard.caserecord.CaseNotFoundException if it is not a submission of
	 * this case, or the person is not linked to the case
	 */
	Submitted submission(CaseId caseId, SubmissionId id);

	/** The same submission as a PDF, for printing or keeping. */
	byte[] submissionPdf(CaseId caseId, SubmissionId id);

}
