package app.heard.caserecord;

/**
 * Why a person is restricted: the only two grounds DOMAIN.md "Who may see what" allows.
 */
public enum RestrictionReason {

	COURT_ORDER, SAFEGUARDING

}
