package app.heard.views;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Every view recorded in a case, drafts and submissions, with who recorded each answer:
 * for the case's co-ordinator answering a subject access request ("everything about this
 * child"). Not for pages: a draft stays private to its authors everywhere else.
 */
@PreAuthorize("isAuthenticated()")
public interface ViewsHistory {

	/**
	 * Every set of views of the case, oldest first.
	 * @throws org.springframework.security.access.AccessDeniedException unless the
	 * signed-in person co-ordinates the case
	 * @throws app.heard.caserecord.CaseNotFoundException if they are not linked to it
	 */
	List<RecordedViews> everything(CaseId caseId);

	/**
	 * @param whose the parent or carer whose views these are; empty for the child's About
	 * Me
	 */
	record RecordedViews(UUID setId, ViewKind kind, UUID reviewId, Optional<String> whose, Instant startedAt,
			List<DraftAnswer> draft, List<Sent> submissions) {
	}

	/** An answer as it stands in the draft, and who last saved it. */
	record DraftAnswer(Question question, String outcomeLaId, String text, String recordedBy, CaseRole recordedAs,
			Optional<Gathered> gathered, Instant savedAt) {
	}

	record Sent(UUID submissionId, Instant at, String by, CaseRole as, String attribution, List<SentAnswer> answers) {
	}

	record SentAnswer(String question, String text, String attribution, String outcomeLaId, String outcome) {
	}

}
