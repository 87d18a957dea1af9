package app.heard.views;

import app.heard.caserecord.CaseRole;
import app.heard.caserecord.PlanOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of views as the signed-in person may see it: the current draft answers, when it
 * was last submitted, and what was submitted at the last review (to carry forward).
 *
 * @param outcomes the outcomes in the child's plan, which the family may rate one by one
 * @param outcomeRatings draft ratings by the outcome's LA id
 * @param howGathered how the signed-in person said they are gathering the child's views;
 * empty until they say (and always for the child's own or a parent's views)
 * @param viewsDueOn the last day views can be sent, when the LA has set one
 * @param teamName the co-ordinating team, to contact once views have closed
 */
public record ViewSet(ViewKind kind, String childName, CaseRole recordingAs, Map<Question, Answer> answers,
		List<PlanOutcome> outcomes, Map<String, Answer> outcomeRatings, Optional<Gathered> howGathered,
		Optional<Instant> lastSubmitted, Map<Question, String> lastReview, Optional<LocalDate> viewsDueOn,
		String teamName) {

	/** The date for views has passed: answers still save, but cannot be sent. */
	public boolean closedOn(LocalDate today) {
		return viewsDueOn.filter(today::isAfter).isPresent();
	}

	/**
	 * Someone other than the child is recording the child's own views: the pages must say
	 * so, plainly.
	 */
	public boolean recordedForTheChild() {
		return kind == ViewKind.ABOUT_ME && recordingAs != CaseRole.YOUNG_PERSON;
	}

	/**
	 * An advocate or DiAS worker is recording views on the family's behalf: the pages say
	 * whose views they are and that they go out in the family's name.
	 */
	public boolean recordedForTheFamily() {
		return kind == ViewKind.PARENT_CARER
				&& (recordingAs == CaseRole.ADVOCATE || recordingAs == CaseRole.DIAS_WORKER);
	}

	/**
	 * @param version give it back when saving, so a newer edit by someone else is never
	 * overwritten
	 */
	public record Answer(String text, long version, Optional<Gathered> gathered) {

		public boolean isBlank() {
			return text.isBlank();
		}

	}

	public long versionOf(Question question) {
		return answers.containsKey(question) ? answers.get(question).version() : NEW;
	}

	public long versionOfRating(String outcomeLaId) {
		return outcomeRatings.containsKey(outcomeLaId) ? outcomeRatings.get(outcomeLaId).version() : NEW;
	}

	public boolean answered(Question question) {
		return answers.containsKey(question) && !answers.get(question).isBlank();
	}

	/** The version of an answer nobody has saved yet. */
	public static final long NEW = -1;

}
