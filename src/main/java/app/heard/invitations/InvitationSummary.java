package app.heard.invitations;

import app.heard.caserecord.CaseRole;
import java.time.Instant;
import java.util.UUID;

/**
 * One invitation as the co-ordinator sees it.
 *
 * @param sentAt when the latest link was sent
 */
public record InvitationSummary(UUID id, String name, String email, CaseRole role, InvitationStatus status,
		Instant sentAt, Instant expiresAt) {
}
