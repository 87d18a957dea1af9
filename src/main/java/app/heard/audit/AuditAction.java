package app.heard.audit;

/** The kinds of thing done to a case, as the authorisation matrix names them. */
public enum AuditAction {

	VIEW, LIST, DOWNLOAD, EDIT, SUBMIT, COMMENT, INVITE, REMOVE, RESTRICT, EXPORT

}
