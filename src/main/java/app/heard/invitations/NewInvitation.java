package app.heard.invitations;

import app.heard.caserecord.CaseRole;

/** What a co-ordinator enters to invite someone. Checked by the service. */
public record NewInvitation(String name, String email, CaseRole role) {
}
