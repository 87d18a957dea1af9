package app.heard.statutory;

import java.time.LocalDate;

/**
 * One date that matters to a family during a review, and whether it has been met.
 */
public record KeyDate(Kind kind, LocalDate date, Status status) {

	public enum Kind {

		REVIEW_DUE, VIEWS_DUE, MEETING, REPORT_DUE, DECISION_DUE, DRAFT_COMMENTS_DUE, FINAL_PLAN_DUE

	}

	public enum Status {

		/** Still ahead (or today). */
		UPCOMING,
		/** Met, held, or — for a window the family had — closed. */
		DONE,
		/** A statutory date has passed and what it requires has not happened. */
		LATE

	}

	public boolean isLate() {
		return status == Status.LATE;
	}

}
