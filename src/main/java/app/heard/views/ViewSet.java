package app.heard.views;

import app.heard.caserecord.CaseRole;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A set of views as the signed-in person may see it: the current draft answers, when it
 * was last submitted, and what was submitted at the last review (to carry forward).
 */
public record ViewSet(ViewKind kind, String childName, CaseRole recordingAs, Map<Question, Answer> answers,
		Optional<Instant> lastSubmitted, Map<Question, String> lastReview) {

	/**
	 * Someone other than the child is recording the child's own views: the pages must say
	 * so, plainly.
	 */
	public boolean recordedForTheChild() {
		return kind == ViewKind.ABOUT_ME && recordingAs != CaseRole.YOUNG_PERSON;
	}

	/**
	 * @param version give it back when saving, so a newer edit by someone else is never
	 * overwritten
	 */
	public record Answer(String text, long version, Optional<Gathered> gathered) {
	}

	public long versionOf(Question question) {
		return answers.containsKey(question) ? answers.get(question).version() : NEW;
	}

	/** The version of an answer nobody has saved yet. */
	public static final long NEW = -1;

}
