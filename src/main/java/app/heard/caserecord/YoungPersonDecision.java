package app.heard.caserecord;

/**
 * A decision a young person past compulsory school age makes about their case, for which
 * a co-ordinator may record that they lack capacity (CFA 2014 s.80; capacity is per
 * decision, never a global switch).
 */
public enum YoungPersonDecision {

	/** Who can see the case, and what each parent may do: the handover choices. */
	WHO_CAN_SEE,
	/** Commenting on a draft plan. */
	COMMENT_ON_DRAFT_PLAN

}
