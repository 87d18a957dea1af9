package app.heard.invitations;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRole;
import java.time.Instant;
import java.util.Optional;

/**
 * What an invitation link leads to.
 *
 * @param invitedBy who sent the invitation, while the link can still be accepted. Not the
 * child's name: whoever holds a link has not yet shown they are the person it was meant
 * for
 * @param acceptedCase the case, when the signed-in person already accepted this
 * invitation
 */
public record LinkState(Kind kind, Optional<String> invitedBy, Optional<CaseRole> role, Optional<Instant> expiresAt,
		Optional<CaseId> acceptedCase) {

	public enum Kind {

		/** Can be accepted. */
		OPEN,
		/** Already accepted (by this person, or by someone else). */
		USED,
		/** Past its date. */
		EXPIRED,
		/** Withdrawn, replaced by a newer link, or never existed: one answer for all. */
		NOT_VALID

	}

	public static LinkState of(Kind kind) {
		return new LinkState(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
