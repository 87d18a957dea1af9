package app.heard.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * CoP 8.13: the last Friday in June of the school year in which the young person turns
 * 16.
 */
class CompulsorySchoolAgeUnitTest {

	@Test
	void born_on_31_august_it_ends_in_the_june_before_the_sixteenth_birthday() {
		// Turns 16 on Monday 31 August 2026, the last day of the 2025/26 school year
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 8, 31))).isEqualTo(LocalDate.of(2026, 6, 26));
	}

	@Test
	void born_on_1_september_it_ends_in_the_june_after_the_sixteenth_birthday() {
		// Turns 16 on the first day of the 2026/27 school year
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 9, 1))).isEqualTo(LocalDate.of(2027, 6, 25));
	}

	@Test
	void born_on_a_leap_day_it_ends_in_the_june_of_the_leap_year_they_turn_16() {
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2008, 2, 29))).isEqualTo(LocalDate.of(2024, 6, 28));
	}

	@Test
	void when_30_june_is_a_friday_that_is_the_day() {
		assertThat(LocalDate.of(2028, 6, 30).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2012, 1, 15))).isEqualTo(LocalDate.of(2028, 6, 30));
	}

	@Test
	void turning_16_in_july_or_august_belongs_to_the_school_year_of_the_june_before() {
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2011, 7, 10))).isEqualTo(LocalDate.of(2027, 6, 25));
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2011, 8, 1))).isEqualTo(LocalDate.of(2027, 6, 25));
	}

	@Test
	void turning_16_on_30_june_after_the_last_friday_still_ends_on_that_friday() {
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 6, 30))).isEqualTo(LocalDate.of(2026, 6, 26));
	}

	@Test
	void turning_16_in_the_autumn_ends_in_the_next_calendar_year() {
		assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 12, 25))).isEqualTo(LocalDate.of(2027, 6, 25));
	}

	@Test
	void the_young_person_decides_from_that_friday_on_not_the_day_before() {
		var born = LocalDate.of(2010, 8, 31);
		assertThat(CompulsorySchoolAge.isOver(born, LocalDate.of(2026, 6, 25))).isFalse();
		assertThat(CompulsorySchoolAge.isOver(born, LocalDate.of(2026, 6, 26))).isTrue();
		assertThat(CompulsorySchoolAge.isOver(born, LocalDate.of(2027, 1, 1))).isTrue();
	}

}
