/**
 * A subject access request answered in seconds: the case's co-ordinator downloads
 * everything the portal holds about a child (the case record, every draft and sent view
 * with who recorded it, every file, the draft plan, who can see the case, restrictions,
 * capacity records and invitations) and everyone who looked at it (the audit trail). The
 * download is itself recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subject access")
package app.heard.subjectaccess;
