package app.heard.statutory;

import java.time.LocalDate;
import java.time.Period;

/**
 * The deadlines the law sets for an EHC plan review. Every rule is one method so that
 * each can be tested against the wording it comes from; see ../shared/DOMAIN.md "Rules
 * with numbers" and docs/decisions/0004.
 *
 * <p>
 * Month arithmetic clamps to the end of a shorter month (a review held on 31 August is
 * next due by 31 August; one held on 29 February is due by 28 February), which never
 * gives a date later than the law allows.
 */
public final class StatutoryDates {

	/**
	 * CFA 2014 s.44(1): reviewed at least every 12 months, from the last review (or the
	 * plan's issue).
	 */
	static final Period REVIEW_INTERVAL = Period.ofMonths(12);

	/**
	 * CoP 9.178: for a child under five the LA should consider reviewing every 3 to 6
	 * months.
	 */
	static final Period UNDER_FIVE_REVIEW_INTERVAL = Period.ofMonths(6);

	/**
	 * Regs 20(3)/(4), 21(3)/(4): two weeks' notice of the meeting; advice and views
	 * circulated two weeks before.
	 */
	static final Period BEFORE_MEETING = Period.ofWeeks(2);

	/** CoP 9.176: the review report within two weeks of the meeting. */
	static final Period REPORT_AFTER_MEETING = Period.ofWeeks(2);

	/**
	 * CoP 9.169, 9.176: the LA's decision to keep, amend or cease within four weeks of
	 * the meeting.
	 */
	static final Period DECISION_AFTER_MEETING = Period.ofWeeks(4);

	/**
	 * Regs 13(1), 22(2): "a period of at least 15 days beginning with the day on which
	 * the draft was served" — the day of service is day 1, so the last day is 14 days
	 * later. Weekends and bank holidays count.
	 */
	static final int DRAFT_COMMENT_DAYS = 15;

	/**
	 * Reg 22(3): the final amended plan within 8 weeks of the proposed amendments being
	 * sent.
	 */
	static final Period FINAL_PLAN_AFTER_DRAFT = Period.ofWeeks(8);

	private StatutoryDates() {
	}

	/**
	 * The latest date the next review meeting can be held.
	 * @param lastReviewOrIssue the date of the last review meeting, or the plan's issue
	 * date if it has never been reviewed
	 * @param dateOfBirth the child's date of birth; under fives are reviewed every six
	 * months
	 */
	public static LocalDate reviewDueBy(LocalDate lastReviewOrIssue, LocalDate dateOfBirth) {
		boolean underFive = lastReviewOrIssue.isBefore(dateOfBirth.plusYears(5));
		return lastReviewOrIssue.plus(underFive ? UNDER_FIVE_REVIEW_INTERVAL : REVIEW_INTERVAL);
	}

	/**
	 * The latest day families' views and professionals' advice must be circulated before
	 * the meeting.
	 */
	public static LocalDate viewsDueBy(LocalDate meeting) {
		return meeting.minus(BEFORE_MEETING);
	}

	/** The latest day the people invited must be told of the meeting. */
	public static LocalDate meetingNoticeBy(LocalDate meeting) {
		return meeting.minus(BEFORE_MEETING);
	}

	public static LocalDate reviewReportDueBy(LocalDate meeting) {
		return meeting.plus(REPORT_AFTER_MEETING);
	}

	public static LocalDate decisionDueBy(LocalDate meeting) {
		return meeting.plus(DECISION_AFTER_MEETING);
	}

	/**
	 * The last day on which comments on a draft plan served on {@code servedOn} are still
	 * in time.
	 */
	public static LocalDate draftCommentsDueBy(LocalDate servedOn) {
		return servedOn.plusDays(DRAFT_COMMENT_DAYS - 1);
	}

	public static LocalDate finalPlanDueBy(LocalDate draftServedOn) {
		return draftServedOn.plus(FINAL_PLAN_AFTER_DRAFT);
	}

}
