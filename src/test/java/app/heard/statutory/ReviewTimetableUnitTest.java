package app.heard.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.statutory.KeyDate.Kind;
import app.heard.statutory.KeyDate.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTimetableUnitTest {

	private static final LocalDate BORN = LocalDate.of(2017, 1, 20);

	private static final LocalDate LAST_REVIEW = LocalDate.of(2025, 4, 1);

	private static final LocalDate MEETING = LocalDate.of(2026, 3, 17);

	@Test
	void before_the_meeting_every_date_is_coming_up_in_date_order() {
		var dates = ReviewTimetable.of(facts(false, MEETING, null, null, null), LocalDate.of(2026, 2, 1));
		assertThat(dates).extracting(KeyDate::kind)
			.containsExactly(Kind.VIEWS_DUE, Kind.MEETING, Kind.REPORT_DUE, Kind.REVIEW_DUE, Kind.DECISION_DUE);
		assertThat(dates).extracting(KeyDate::status).containsOnly(Status.UPCOMING);
	}

	@Test
	void views_are_late_the_day_after_they_were_due_while_the_review_still_waits_for_them() {
		var dates = ReviewTimetable.of(facts(false, MEETING, null, null, null), LocalDate.of(2026, 3, 4));
		assertThat(find(dates, Kind.VIEWS_DUE).status()).isEqualTo(Status.LATE);
		assertThat(ReviewTimetable.of(facts(false, MEETING, null, null, null), LocalDate.of(2026, 3, 3)))
			.filteredOn(d -> d.kind() == Kind.VIEWS_DUE)
			.extracting(KeyDate::status)
			.containsExactly(Status.UPCOMING);
	}

	@Test
	void the_las_own_earlier_views_date_wins_over_the_statutory_one() {
		var dates = ReviewTimetable.of(facts(false, MEETING, LocalDate.of(2026, 2, 3), null, null),
				LocalDate.of(2026, 1, 1));
		assertThat(find(dates, Kind.VIEWS_DUE).date()).isEqualTo(LocalDate.of(2026, 2, 3));
	}

	@Test
	void a_report_not_sent_two_weeks_after_the_meeting_is_late_and_a_sent_one_is_done() {
		var today = LocalDate.of(2026, 4, 1);
		assertThat(find(ReviewTimetable.of(facts(true, MEETING, null, null, null), today), Kind.REPORT_DUE).status())
			.isEqualTo(Status.LATE);
		assertThat(find(ReviewTimetable.of(facts(true, MEETING, null, LocalDate.of(2026, 3, 30), null), today),
				Kind.REPORT_DUE)
			.status()).isEqualTo(Status.DONE);
	}

	@Test
	void a_review_not_yet_arranged_after_twelve_months_is_late() {
		var dates = ReviewTimetable.of(facts(false, null, null, null, null), LocalDate.of(2026, 4, 2));
		assertThat(dates).containsExactly(new KeyDate(Kind.REVIEW_DUE, LocalDate.of(2026, 4, 1), Status.LATE));
	}

	@Test
	void a_meeting_arranged_for_after_the_review_due_date_is_flagged_late_at_once() {
		var dates = ReviewTimetable.of(facts(false, LocalDate.of(2026, 4, 20), null, null, null),
				LocalDate.of(2026, 1, 5));
		assertThat(find(dates, Kind.REVIEW_DUE).status()).isEqualTo(Status.LATE);
	}

	@Test
	void a_draft_comment_window_closes_rather_than_goes_late_and_the_final_plan_is_due_eight_weeks_on() {
		var served = LocalDate.of(2026, 9, 11);
		var facts = new ReviewFacts(BORN, LAST_REVIEW, true, MEETING, null, MEETING, MEETING, served, false);
		var open = ReviewTimetable.of(facts, LocalDate.of(2026, 9, 25));
		assertThat(find(open, Kind.DRAFT_COMMENTS_DUE))
			.isEqualTo(new KeyDate(Kind.DRAFT_COMMENTS_DUE, LocalDate.of(2026, 9, 25), Status.UPCOMING));
		var closed = ReviewTimetable.of(facts, LocalDate.of(2026, 11, 7));
		assertThat(find(closed, Kind.DRAFT_COMMENTS_DUE).status()).isEqualTo(Status.DONE);
		assertThat(find(closed, Kind.FINAL_PLAN_DUE))
			.isEqualTo(new KeyDate(Kind.FINAL_PLAN_DUE, LocalDate.of(2026, 11, 6), Status.LATE));
	}

	private static ReviewFacts facts(boolean viewsOver, LocalDate meeting, LocalDate viewsDueByLa, LocalDate reportSent,
			LocalDate decided) {
		return new ReviewFacts(BORN, LAST_REVIEW, viewsOver, meeting, viewsDueByLa, reportSent, decided, null, false);
	}

	private static KeyDate find(List<KeyDate> dates, Kind kind) {
		return dates.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
	}

}
