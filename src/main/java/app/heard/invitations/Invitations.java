package app.heard.invitations;

import app.heard.caserecord.CaseId;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Inviting people to a case and accepting an invitation, always as the signed-in person.
 * Co-ordinator actions check, per case, that the person co-ordinates it
 * ({@link app.heard.caserecord.CaseAccessService#coordinated}).
 */
@PreAuthorize("isAuthenticated()")
public interface Invitations {

	/**
	 * Invites a person and emails them a link (after this transaction commits).
	 * @throws InvitationProblems if what was entered cannot be used; nothing is sent
	 */
	void invite(CaseId caseId, NewInvitation invitation);

	/** Every invitation to the case, newest first. */
	List<InvitationSummary> list(CaseId caseId);

	/** A new link for a pending or expired invitation; the old link stops working. */
	void resend(CaseId caseId, UUID invitationId);

	/** The link stops working; the invitee is told nothing. */
	void withdraw(CaseId caseId, UUID invitationId);

	/** What a link leads to, for the signed-in person holding it. */
	LinkState open(String token);

	/**
	 * Accepts the invitation for the signed-in person, who from now on holds the role in
	 * the case. The link then never works again, for anyone.
	 * @return the case, to go to
	 * @throws InvitationProblems if the link no longer works or the rules refuse it
	 */
	CaseId accept(String token);

}
