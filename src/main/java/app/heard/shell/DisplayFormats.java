package app.heard.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times written out the way families read them: "Tuesday 3 March 2026",
 * "10:00am".
 */
public final class DisplayFormats {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	private DisplayFormats() {
	}

	public static String longDate(LocalDate date) {
		return LONG_DATE.format(date);
	}

	/** The day something happened, as families in England count days. */
	public static String longDate(Instant instant) {
		return longDate(instant.atZone(ENGLAND).toLocalDate());
	}

	public static String time(LocalTime time) {
		return TIME.format(time).toLowerCase(Locale.UK);
	}

}
