package app.heard.caserecord;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The LA set or changed the time of a review meeting: published in the import's
 * transaction, once everyone involved has been applied, so whoever is told about it can
 * already see the case.
 *
 * @param meetingAt the local time in England, as the LA's case record holds it
 */
public record ReviewMeetingArranged(CaseId caseId, ReviewId reviewId, LocalDateTime meetingAt) {

	public ReviewMeetingArranged {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(reviewId, "reviewId");
		Objects.requireNonNull(meetingAt, "meetingAt");
	}

}
