package app.heard.statutory;

import app.heard.statutory.KeyDate.Kind;
import app.heard.statutory.KeyDate.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The key dates of one review, in date order, each marked done, upcoming or late as of
 * {@code today}.
 */
public final class ReviewTimetable {

	private ReviewTimetable() {
	}

	public static List<KeyDate> of(ReviewFacts facts, LocalDate today) {
		var dates = new ArrayList<KeyDate>();
		LocalDate meeting = facts.meeting();
		boolean meetingHeld = meeting != null && !meeting.isAfter(today);

		LocalDate reviewDue = StatutoryDates.reviewDueBy(facts.lastReviewOrIssue(), facts.dateOfBirth());
		boolean meetingTooLate = meeting != null && meeting.isAfter(reviewDue);
		dates.add(new KeyDate(Kind.REVIEW_DUE, reviewDue,
				meetingHeld ? Status.DONE : deadline(reviewDue, today, false, meetingTooLate)));

		if (meeting != null) {
			LocalDate viewsDue = facts.viewsDueSetByLa() != null ? facts.viewsDueSetByLa()
					: StatutoryDates.viewsDueBy(meeting);
			dates.add(new KeyDate(Kind.VIEWS_DUE, viewsDue, deadline(viewsDue, today, facts.viewsPhaseOver(), false)));
			dates.add(new KeyDate(Kind.MEETING, meeting, meetingHeld ? Status.DONE : Status.UPCOMING));
			dates.add(deadline(Kind.REPORT_DUE, StatutoryDates.reviewReportDueBy(meeting), today,
					facts.reportSentOn() != null));
			dates.add(deadline(Kind.DECISION_DUE, StatutoryDates.decisionDueBy(meeting), today,
					facts.decidedOn() != null));
		}
		if (facts.draftServedOn() != null) {
			LocalDate commentsDue = StatutoryDates.draftCommentsDueBy(facts.draftServedOn());
			// A comment window is the family's, not the LA's: once it has passed it is
			// closed, never "late"
			dates.add(new KeyDate(Kind.DRAFT_COMMENTS_DUE, commentsDue,
					today.isAfter(commentsDue) ? Status.DONE : Status.UPCOMING));
			dates.add(deadline(Kind.FINAL_PLAN_DUE, StatutoryDates.finalPlanDueBy(facts.draftServedOn()), today,
					facts.finalIssuedAfterDraft()));
		}
		dates.sort((a, b) -> a.date().compareTo(b.date()));
		return List.copyOf(dates);
	}

	private static KeyDate deadline(Kind kind, LocalDate due, LocalDate today, boolean met) {
		return new KeyDate(kind, due, deadline(due, today, met, false));
	}

	private static Status deadline(LocalDate due, LocalDate today, boolean met, boolean alreadyMissed) {
		if (met) {
			return Status.DONE;
		}
		return (alreadyMissed || today.isAfter(due)) ? Status.LATE : Status.UPCOMING;
	}

}
