/**
 * Invitations to a case: a co-ordinator invites a person by email in a role; the person
 * opens the single-use link, signs in and accepts, and is linked to the case through
 * {@link app.heard.caserecord.CaseAccessService}. Links are secrets kept only as hashes
 * (docs/decisions/0015).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations")
package app.heard.invitations;
