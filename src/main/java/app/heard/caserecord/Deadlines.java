package app.heard.caserecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Dates families must act by, across all cases, for reminders sent outside anyone's
 * request. Says nothing about a child; who is told is for {@link CaseRecipients}.
 */
public interface Deadlines {

	/** A review whose views are due on a day. */
	record ViewsDue(CaseId caseId, ReviewId reviewId, LocalDate dueOn) {
	}

	/** A draft plan served on a day, the latest one of its case. */
	record DraftServed(CaseId caseId, UUID planId, LocalDate servedOn) {
	}

	/**
	 * Reviews still gathering views (arranged, or in the views stage) whose views are due
	 * from {@code from} to {@code to}, both included.
	 */
	List<ViewsDue> viewsDueBetween(LocalDate from, LocalDate to);

	/**
	 * Draft plans served on or after {@code since} that are still their case's latest
	 * plan (no newer draft, no final plan issued since).
	 */
	List<DraftServed> draftsServedSince(LocalDate since);

}
