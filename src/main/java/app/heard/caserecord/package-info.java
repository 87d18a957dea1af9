/**
 * The child's case as the local authority records it: the child, the EHC plan and its
 * versions, the reviews, and who is involved in which role. A mirror of the LA's case
 * record (every row keeps the LA's id and version); the portal never edits what the LA
 * owns. All reads go through {@link app.heard.caserecord.CaseRecordService}, which
 * answers only for cases the signed-in person is linked to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case record")
package app.heard.caserecord;
