package app.heard.caserecord;

/**
 * A detail of a case that a restriction can keep from a named person. Withheld details
 * are left out of what the service returns, so they never reach that person's browser.
 */
public enum RestrictedField {

	/** The child's home address. */
	ADDRESS,
	/** The child's school or setting, and so also where review meetings are held. */
	SETTING,
	/** The family's telephone and email. */
	CONTACT_DETAILS

}
