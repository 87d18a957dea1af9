package app.heard.draftplan;

import app.heard.caserecord.CaseId;
import app.heard.identity.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person sent their comments on a draft plan. Published in the transaction that records
 * them; the LA sync sends them, with any named setting and meeting request, to the LA.
 *
 * @param comments the ids of the comments sent, which the LA's responses refer to
 */
public record CommentsSubmitted(CaseId caseId, UUID draftPlanId, PersonId submittedBy, List<UUID> comments,
		boolean asksForNamedSetting, boolean asksForMeeting, Instant at) {
}
