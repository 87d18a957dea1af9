package app.heard.caserecord;

/**
 * Why the alternative person acts for a young person who lacks capacity for a decision
 * (SEND Regulations 2014, regs 63–65): a deputy or an attorney, otherwise the parent.
 */
public enum LegalBasis {

	DEPUTY, ATTORNEY, PARENT

}
