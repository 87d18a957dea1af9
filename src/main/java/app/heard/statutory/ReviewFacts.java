package app.heard.statutory;

import java.time.LocalDate;

/**
 * What is known about a review, as the LA recorded it. Dates the LA has not recorded are
 * {@code null}.
 *
 * @param dateOfBirth the child's date of birth
 * @param lastReviewOrIssue the previous review's meeting date, or the plan's issue date
 * for a first review
 * @param viewsPhaseOver whether the review has moved past collecting views
 * @param meeting the review meeting's date, once arranged
 * @param viewsDueSetByLa the LA's own date for views, if earlier than the law's (good
 * practice is 6 weeks)
 * @param reportSentOn when the review report was sent
 * @param decidedOn when the LA decided to keep, amend or cease the plan
 * @param draftServedOn when a draft (amended) plan was served on the family
 * @param finalIssuedAfterDraft whether the final plan following that draft has been
 * issued
 */
public record ReviewFacts(LocalDate dateOfBirth, LocalDate lastReviewOrIssue, boolean viewsPhaseOver, LocalDate meeting,
		LocalDate viewsDueSetByLa, LocalDate reportSentOn, LocalDate decidedOn, LocalDate draftServedOn,
		boolean finalIssuedAfterDraft) {
}
