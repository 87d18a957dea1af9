package app.heard.draftplan;

import java.time.LocalDate;

/** The comment window closed on {@code lastDay}; nothing was saved or sent. */
public class CommentsClosedException extends RuntimeException {

	private final LocalDate lastDay;

	public CommentsClosedException(LocalDate lastDay) {
		super("Comments closed after " + lastDay);
		this.lastDay = lastDay;
	}

	public LocalDate lastDay() {
		return lastDay;
	}

}
