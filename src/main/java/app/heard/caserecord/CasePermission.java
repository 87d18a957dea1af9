package app.heard.caserecord;

/**
 * What a person may do in a case, beyond what their role allows: a parent keeps only what
 * a young person past compulsory school age has agreed to (see {@link ParentAccess}).
 */
public enum CasePermission {

	/** Open the case and what has been sent. */
	VIEW,
	/** Record, change and send views, and add files to them. */
	RECORD,
	/** Comment, e.g. on a draft plan. */
	COMMENT

}
