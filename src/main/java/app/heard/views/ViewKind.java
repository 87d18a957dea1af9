package app.heard.views;

import java.util.List;

/**
 * Whose views a set holds, and the questions it asks (DOMAIN.md "What the family is
 * asked").
 */
public enum ViewKind {

	/**
	 * The child's own views: one set per child per review, shared by everyone recording
	 * with the child.
	 */
	ABOUT_ME(List.of(Question.IMPORTANT_TO_ME, Question.WORKING_WELL_FOR_ME, Question.OTHER_ABOUT_ME, Question.MY_PAST,
			Question.ENJOY_DOING, Question.COMMUNICATE_WITH_ME, Question.MY_HOPES, Question.CHANGE_FOR_ME,
			Question.PROGRESS, Question.PROGRESS_WORKING_WELL, Question.PROGRESS_NOT_WORKING)),

	/** One parent's or carer's views: each parent gives their own set. */
	PARENT_CARER(List.of(Question.FAMILY_HISTORY, Question.WORKING_WELL_FOR_US, Question.NOT_WORKING_FOR_US,
			Question.OUR_HOPES, Question.OTHER_FROM_US, Question.PROGRESS, Question.PROGRESS_WORKING_WELL,
			Question.PROGRESS_NOT_WORKING));

	private final List<Question> questions;

	ViewKind(List<Question> questions) {
		this.questions = questions;
	}

	public List<Question> questions() {
		return questions;
	}

}
