package app.heard.views;

/**
 * Every question families are asked. Their words are in the message bundle under
 * {@code question.<key>}.
 */
public enum Question {

	IMPORTANT_TO_ME, WORKING_WELL_FOR_ME, OTHER_ABOUT_ME, MY_PAST, ENJOY_DOING, COMMUNICATE_WITH_ME, MY_HOPES,
	CHANGE_FOR_ME,

	FAMILY_HISTORY, WORKING_WELL_FOR_US, NOT_WORKING_FOR_US, OUR_HOPES, OTHER_FROM_US,

	/** Making progress towards the outcomes in the plan? Answered YES, NO or NOT_SURE. */
	PROGRESS, PROGRESS_WORKING_WELL, PROGRESS_NOT_WORKING,

	/**
	 * How one outcome in the plan is going (optional), on the same scale as PROGRESS.
	 * Asked once per outcome, after PROGRESS; never in {@link ViewKind#questions()}.
	 */
	PROGRESS_OUTCOME;

	/** Generous: several pages of typing. Said on the page before anyone reaches it. */
	public static final int MAX_LENGTH = 50_000;

}
