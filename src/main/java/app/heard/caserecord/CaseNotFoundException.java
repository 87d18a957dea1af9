package app.heard.caserecord;

/**
 * There is no case with this id that the signed-in person is linked to. Deliberately the
 * same answer whether the case does not exist or belongs to someone else, so ids cannot
 * be probed.
 */
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException(CaseId id) {
		super("No case " + id + " for the signed-in person");
	}

}
