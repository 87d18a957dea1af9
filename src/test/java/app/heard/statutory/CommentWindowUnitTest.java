package app.heard.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Regs 13(1) and 22(2): "a period of at least 15 days beginning with the day on which the
 * draft was served". Calendar days; weekends and bank holidays count (decision 0012).
 */
class CommentWindowUnitTest {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	@Test
	void served_on_a_friday_ends_on_the_friday_two_weeks_later() {
		var served = LocalDate.of(2025, 9, 12);
		assertThat(served.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		var window = CommentWindow.servedOn(served);
		assertThat(window.lastDay()).isEqualTo(LocalDate.of(2025, 9, 26));
		assertThat(window.daysLeft(noonOn(served))).isEqualTo(15);
		assertThat(window.daysLeft(noonOn(LocalDate.of(2025, 9, 26)))).isEqualTo(1);
		assertThat(window.isOpen(noonOn(LocalDate.of(2025, 9, 26)))).isTrue();
		assertThat(window.isOpen(noonOn(LocalDate.of(2025, 9, 27)))).isFalse();
		assertThat(window.daysLeft(noonOn(LocalDate.of(2025, 9, 27)))).isZero();
	}

	@Test
	void a_window_across_a_month_end_counts_the_days_of_the_shorter_month() {
		assertThat(CommentWindow.servedOn(LocalDate.of(2026, 1, 25)).lastDay()).isEqualTo(LocalDate.of(2026, 2, 8));
		assertThat(CommentWindow.servedOn(LocalDate.of(2027, 2, 20)).lastDay()).isEqualTo(LocalDate.of(2027, 3, 6));
		// 2028 is a leap year: 29 February is one of the 15 days
		assertThat(CommentWindow.servedOn(LocalDate.of(2028, 2, 20)).lastDay()).isEqualTo(LocalDate.of(2028, 3, 5));
	}

	@Test
	void bank_holidays_are_not_added_on() {
		// Christmas Day, Boxing Day (Monday 28th in lieu) and New Year's Day fall inside
		var christmas = CommentWindow.servedOn(LocalDate.of(2026, 12, 18));
		assertThat(christmas.lastDay()).isEqualTo(LocalDate.of(2027, 1, 1));
		// Good Friday 3 April and Easter Monday 6 April 2026 fall inside
		assertThat(CommentWindow.servedOn(LocalDate.of(2026, 3, 27)).lastDay()).isEqualTo(LocalDate.of(2026, 4, 10));
	}

	@Test
	void the_day_ends_at_midnight_in_england_whatever_zone_the_clock_is_in() {
		var window = CommentWindow.servedOn(LocalDate.of(2025, 9, 12));
		// 23:30 UTC on the last day is 00:30 the next morning in London (summer time)
		var justAfterMidnight = Clock.fixed(LocalDate.of(2025, 9, 26).atTime(23, 30).toInstant(ZoneOffset.UTC),
				ZoneOffset.UTC);
		assertThat(window.isOpen(justAfterMidnight)).isFalse();
		var justBefore = Clock.fixed(LocalDate.of(2025, 9, 26).atTime(22, 59).toInstant(ZoneOffset.UTC),
				ZoneOffset.UTC);
		assertThat(window.isOpen(justBefore)).isTrue();
	}

	@Test
	void an_extension_moves_the_last_day_and_the_days_left() {
		var window = CommentWindow.servedOn(LocalDate.of(2025, 9, 12)).extendTo(LocalDate.of(2025, 10, 3));
		assertThat(window.extended()).isTrue();
		assertThat(window.statutoryLastDay()).isEqualTo(LocalDate.of(2025, 9, 26));
		assertThat(window.lastDay()).isEqualTo(LocalDate.of(2025, 10, 3));
		assertThat(window.isOpen(noonOn(LocalDate.of(2025, 9, 30)))).isTrue();
		assertThat(window.daysLeft(noonOn(LocalDate.of(2025, 9, 30)))).isEqualTo(4);
		assertThat(window.isOpen(noonOn(LocalDate.of(2025, 10, 4)))).isFalse();
	}

	@Test
	void an_extension_cannot_shorten_the_time_the_law_gives() {
		var window = CommentWindow.servedOn(LocalDate.of(2025, 9, 12));
		assertThatIllegalArgumentException().isThrownBy(() -> window.extendTo(LocalDate.of(2025, 9, 26)));
		assertThatIllegalArgumentException().isThrownBy(() -> window.extendTo(LocalDate.of(2025, 9, 20)));
	}

	private static Clock noonOn(LocalDate day) {
		return Clock.fixed(day.atTime(12, 0).atZone(ENGLAND).toInstant(), ENGLAND);
	}

}
