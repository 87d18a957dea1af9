package app.heard.statutory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * When a young person stops being of compulsory school age, and so, for an EHC plan,
 * becomes the one who decides instead of their parents (CFA 2014 s.80; CoP 8.13): the
 * last Friday in June of the school year (1 September to 31 August) in which they turn
 * 16.
 */
public final class CompulsorySchoolAge {

	/** The first month of a school year in England. */
	private static final Month SCHOOL_YEAR_STARTS = Month.SEPTEMBER;

	private CompulsorySchoolAge() {
	}

	/**
	 * The last day of compulsory school age. Someone born on 31 August reaches it just
	 * before their sixteenth birthday, someone born on 1 September nearly ten months
	 * after it.
	 */
	public static LocalDate endsOn(LocalDate dateOfBirth) {
		// A leap-day baby's sixteenth birthday always falls in a leap year (until 2100,
		// when plusYears gives 28 February: the same school year as 1 March)
		LocalDate sixteenth = dateOfBirth.plusYears(16);
		int yearOfLastJune = sixteenth.getMonth().compareTo(SCHOOL_YEAR_STARTS) >= 0 ? sixteenth.getYear() + 1
				: sixteenth.getYear();
		return LocalDate.of(yearOfLastJune, Month.JUNE, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
	}

	/**
	 * Whether, on {@code day}, the young person decides for their own case: from the end
	 * of compulsory school age on.
	 */
	public static boolean isOver(LocalDate dateOfBirth, LocalDate day) {
		return !day.isBefore(endsOn(dateOfBirth));
	}

}
