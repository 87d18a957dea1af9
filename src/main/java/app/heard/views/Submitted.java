package app.heard.views;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A submission of a set: what was sent, when, by whom, and who recorded each answer.
 *
 * @param childName the child the views are for or about
 * @param attribution who sent it, in what capacity
 */
public record Submitted(SubmissionId id, ViewKind kind, String childName, Instant at, String attribution,
		Map<Question, Answer> answers, List<OutcomeRating> outcomeRatings) {

	public record Answer(String text, String attribution) {
	}

	/**
	 * @param outcome the outcome's words as they were when the views were sent
	 * @param rating YES, NOT_SURE or NO, as for {@link Question#PROGRESS}
	 */
	public record OutcomeRating(String outcome, String rating, String attribution) {
	}

}
