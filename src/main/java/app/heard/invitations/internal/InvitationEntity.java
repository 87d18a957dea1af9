package app.heard.invitations.internal;

import app.heard.caserecord.CaseRole;
import app.heard.invitations.InvitationStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One invitation. Guards its own transitions: only a pending, unexpired invitation can be
 * accepted, and only once.
 */
@Entity
@Table(name = "invitation")
class InvitationEntity {

	enum Stored {

		PENDING, ACCEPTED, WITHDRAWN

	}

	@Id
	private UUID id;

	private UUID caseId;

	private String displayName;

	private String email;

	@Enumerated(EnumType.STRING)
	private CaseRole role;

	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private Stored status;

	private UUID invitedBy;

	private Instant sentAt;

	private Instant expiresAt;

	private UUID acceptedBy;

	private Instant acceptedAt;

	private Instant withdrawnAt;

	@Version
	private long version;

	protected InvitationEntity() {
	}

	InvitationEntity(UUID caseId, String displayName, String email, CaseRole role, UUID invitedBy) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.invitedBy = invitedBy;
		this.status = Stored.PENDING;
	}

	/** A new link: the previous one, if any, stops working. */
	void issue(String tokenHash, Instant now, Instant expiresAt) {
		if (status != Stored.PENDING) {
			throw new IllegalStateException("Only a pending invitation gets a new link");
		}
		this.tokenHash = tokenHash;
		this.sentAt = now;
		this.expiresAt = expiresAt;
	}

	void accept(UUID person, Instant now) {
		if (status(now) != InvitationStatus.PENDING) {
			throw new IllegalStateException("Invitation " + id + " is " + status(now));
		}
		this.status = Stored.ACCEPTED;
		this.acceptedBy = person;
		this.acceptedAt = now;
	}

	void withdraw(Instant now) {
		if (status == Stored.PENDING) {
			this.status = Stored.WITHDRAWN;
			this.withdrawnAt = now;
		}
	}

	InvitationStatus status(Instant now) {
		return switch (status) {
			case ACCEPTED -> InvitationStatus.ACCEPTED;
			case WITHDRAWN -> InvitationStatus.WITHDRAWN;
			case PENDING -> now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
		};
	}

	UUID getId() {
		return id;
	}

	UUID getCaseId() {
		return caseId;
	}

	String getDisplayName() {
		return displayName;
	}

	String getEmail() {
		return email;
	}

	CaseRole getRole() {
		return role;
	}

	UUID getInvitedBy() {
		return invitedBy;
	}

	UUID getAcceptedBy() {
		return acceptedBy;
	}

	Instant getSentAt() {
		return sentAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

}
