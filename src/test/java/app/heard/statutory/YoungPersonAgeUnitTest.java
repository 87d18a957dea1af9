package app.heard.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YoungPersonAgeUnitTest {

	@Test
	void a_young_person_may_have_their_own_login_from_their_sixteenth_birthday_not_the_day_before() {
		var born = LocalDate.of(2010, 5, 14);
		assertThat(YoungPersonAge.mayHaveOwnLogin(born, LocalDate.of(2026, 5, 13))).isFalse();
		assertThat(YoungPersonAge.mayHaveOwnLogin(born, LocalDate.of(2026, 5, 14))).isTrue();
		assertThat(YoungPersonAge.mayHaveOwnLogin(born, LocalDate.of(2031, 1, 1))).isTrue();
	}

	@Test
	void someone_born_on_29_february_turns_sixteen_on_1_march_when_that_year_has_no_29_february() {
		// Sixteen years on is nearly always a leap year; 2100 is not
		assertThat(YoungPersonAge.sixteenthBirthday(LocalDate.of(2008, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(YoungPersonAge.sixteenthBirthday(LocalDate.of(2084, 2, 29))).isEqualTo(LocalDate.of(2100, 3, 1));
		assertThat(YoungPersonAge.sixteenthBirthday(LocalDate.of(2084, 2, 28))).isEqualTo(LocalDate.of(2100, 2, 28));
	}

}
