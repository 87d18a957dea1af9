package app.heard.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryDatesUnitTest {

	private static final LocalDate NINE_YEAR_OLD = LocalDate.of(2017, 1, 20);

	@Test
	void a_review_is_due_twelve_months_after_the_last_review() {
		assertThat(StatutoryDates.reviewDueBy(LocalDate.of(2026, 3, 17), NINE_YEAR_OLD))
			.isEqualTo(LocalDate.of(2027, 3, 17));
	}

	@Test
	void a_review_held_on_29_february_is_next_due_on_28_february_never_later() {
		assertThat(StatutoryDates.reviewDueBy(LocalDate.of(2028, 2, 29), NINE_YEAR_OLD))
			.isEqualTo(LocalDate.of(2029, 2, 28));
	}

	@Test
	void a_child_under_five_at_the_last_review_is_reviewed_within_six_months() {
		var born = LocalDate.of(2023, 6, 1);
		assertThat(StatutoryDates.reviewDueBy(LocalDate.of(2026, 1, 10), born)).isEqualTo(LocalDate.of(2026, 7, 10));
	}

	@Test
	void a_child_who_turned_five_on_the_day_of_the_last_review_is_reviewed_within_twelve_months() {
		var born = LocalDate.of(2021, 1, 10);
		assertThat(StatutoryDates.reviewDueBy(LocalDate.of(2026, 1, 10), born)).isEqualTo(LocalDate.of(2027, 1, 10));
	}

	@Test
	void views_and_advice_are_due_two_weeks_before_the_meeting() {
		assertThat(StatutoryDates.viewsDueBy(LocalDate.of(2026, 3, 17))).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(StatutoryDates.meetingNoticeBy(LocalDate.of(2026, 3, 17))).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void the_report_is_due_two_weeks_and_the_decision_four_weeks_after_the_meeting() {
		var meeting = LocalDate.of(2026, 3, 17);
		assertThat(StatutoryDates.reviewReportDueBy(meeting)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(StatutoryDates.decisionDueBy(meeting)).isEqualTo(LocalDate.of(2026, 4, 14));
	}

	@Test
	void the_comment_window_is_fifteen_days_counting_the_day_the_draft_was_served() {
		// Served Friday 11 September 2026: day 1 is that Friday, day 15 is Friday 25
		// September
		assertThat(StatutoryDates.draftCommentsDueBy(LocalDate.of(2026, 9, 11))).isEqualTo(LocalDate.of(2026, 9, 25));
	}

	@Test
	void bank_holidays_are_not_added_to_the_comment_window() {
		// Served Monday 21 December 2026: Christmas and Boxing Day count as days, as reg
		// 13(1) says "days"
		assertThat(StatutoryDates.draftCommentsDueBy(LocalDate.of(2026, 12, 21))).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void the_final_amended_plan_is_due_eight_weeks_after_the_draft() {
		assertThat(StatutoryDates.finalPlanDueBy(LocalDate.of(2026, 9, 11))).isEqualTo(LocalDate.of(2026, 11, 6));
	}

}
