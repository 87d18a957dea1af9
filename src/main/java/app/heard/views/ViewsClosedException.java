package app.heard.views;

import java.time.LocalDate;

/** The date for views has passed; the page explains how to contact the co-ordinator. */
public class ViewsClosedException extends RuntimeException {

	private final LocalDate dueOn;

	public ViewsClosedException(LocalDate dueOn) {
		super("Views were due by " + dueOn);
		this.dueOn = dueOn;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

}
