package app.heard.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a family has to comment on a draft plan: from the day it was served to the
 * last day the regulations allow ({@link StatutoryDates#draftCommentsDueBy}), or to the
 * later day the case co-ordinator extended it to. Days are calendar days in England,
 * whatever zone the clock is in: a comment typed at half past midnight on the day after
 * the last day is late (docs/decisions/0012).
 *
 * @param extendedTo a later last day set by the co-ordinator, if any
 */
public record CommentWindow(LocalDate servedOn, Optional<LocalDate> extendedTo) {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	public CommentWindow {
		Objects.requireNonNull(servedOn, "servedOn");
		Objects.requireNonNull(extendedTo, "extendedTo");
		extendedTo.ifPresent(day -> {
			if (!day.isAfter(StatutoryDates.draftCommentsDueBy(servedOn))) {
				throw new IllegalArgumentException(
						"An extension must end after the regulations' last day, not on or before it: " + day);
			}
		});
	}

	public static CommentWindow servedOn(LocalDate servedOn) {
		return new CommentWindow(servedOn, Optional.empty());
	}

	/** The last day the regulations give (reg 13(1), 22(2)). */
	public LocalDate statutoryLastDay() {
		return StatutoryDates.draftCommentsDueBy(servedOn);
	}

	/** The last day comments are in time, extension included. */
	public LocalDate lastDay() {
		return extendedTo.orElse(statutoryLastDay());
	}

	public boolean extended() {
		return extendedTo.isPresent();
	}

	public boolean isOpen(Clock clock) {
		return !today(clock).isAfter(lastDay());
	}

	/**
	 * Days left counting today: 15 on the day of service, 1 on the last day, 0 once
	 * closed.
	 */
	public long daysLeft(Clock clock) {
		return Math.max(0, ChronoUnit.DAYS.between(today(clock), lastDay()) + 1);
	}

	/** A co-ordinator's extension to a later last day. */
	public CommentWindow extendTo(LocalDate lastDay) {
		return new CommentWindow(servedOn, Optional.of(lastDay));
	}

	private static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ENGLAND);
	}

}
