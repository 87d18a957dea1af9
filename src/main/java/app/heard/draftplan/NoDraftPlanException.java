package app.heard.draftplan;

/** No draft plan is waiting for comments on this case. */
public class NoDraftPlanException extends RuntimeException {

	public NoDraftPlanException() {
		super("No draft plan served");
	}

}
