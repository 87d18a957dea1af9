package app.heard.statutory;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * From their sixteenth birthday a young person may be offered their own login (every
 * young person "should be given the option to have their own login", docs/DOMAIN); before
 * it, never. Rights pass later, at the end of compulsory school age, which is a different
 * rule.
 */
public final class YoungPersonAge {

	public static final int OWN_LOGIN_AGE = 16;

	private YoungPersonAge() {
	}

	/**
	 * Someone born on 29 February reaches an age on 1 March in a year that has no 29
	 * February (the usual reading in England), not on 28 February.
	 */
	public static LocalDate sixteenthBirthday(LocalDate dateOfBirth) {
		LocalDate birthday = dateOfBirth.plusYears(OWN_LOGIN_AGE);
		if (MonthDay.from(dateOfBirth).equals(MonthDay.of(2, 29)) && birthday.getDayOfMonth() == 28) {
			return birthday.plusDays(1);
		}
		return birthday;
	}

	/** Whether the young person may have their own login on this day. */
	public static boolean mayHaveOwnLogin(LocalDate dateOfBirth, LocalDate today) {
		return !today.isBefore(sixteenthBirthday(dateOfBirth));
	}

}
