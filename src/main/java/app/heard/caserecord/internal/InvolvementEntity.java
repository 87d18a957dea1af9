package app.heard.caserecord.internal;

import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person involved in a case in one role. {@code personId} is set once a signed-in
 * person has been linked to it; never by matching an email address.
 */
@Entity
@Table(name = "involvement")
class InvolvementEntity extends LaMirroredEntity {

	private UUID caseId;

	private UUID personId;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private CaseRole role;

	private LocalDate since;

	private LocalDate endedOn;

	/** Where the LA says to reach them; their sign-in's address wins (decision 0016). */
	private String email;

	@Version
	private long version;

	protected InvolvementEntity() {
	}

	InvolvementEntity(String laId, UUID caseId) {
		super(laId);
		this.caseId = caseId;
	}

	/**
	 * An involvement the portal made (an accepted invitation), with a {@code portal:} id
	 * the LA can tell from its own; the LA's first copy of it has version 0.
	 */
	static InvolvementEntity fromPortal(UUID caseId, UUID personId, String displayName, CaseRole role,
			LocalDate since) {
		var entity = new InvolvementEntity("portal:" + UUID.randomUUID(), caseId);
		entity.personId = personId;
		entity.displayName = displayName;
		entity.role = role;
		entity.since = since;
		return entity;
	}

	boolean apply(CaseSnapshot.Involvement involvement) {
		if (!acceptNewer(involvement.laVersion())) {
			return false;
		}
		this.displayName = involvement.displayName();
		this.role = involvement.role();
		this.since = involvement.since();
		this.email = involvement.email() == null || involvement.email().isBlank() ? null : involvement.email().strip();
		// A removal from either side wins: a newer copy from the LA that still lists the
		// person never undoes an end the portal recorded (the LA reinstates someone with
		// a new involvement), and the earlier of two ends counts
		this.endedOn = earlier(this.endedOn, involvement.endedOn());
		return true;
	}

	private static LocalDate earlier(LocalDate ours, LocalDate theirs) {
		if (ours == null || theirs == null) {
			return ours == null ? theirs : ours;
		}
		return ours.isBefore(theirs) ? ours : theirs;
	}

	void linkTo(UUID personId) {
		this.personId = personId;
	}

	/** Access ends at the start of {@code day}: from then on the case is not theirs. */
	void end(LocalDate day) {
		this.endedOn = day;
	}

	boolean activeOn(LocalDate day) {
		return !since.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
	}

	UUID getCaseId() {
		return caseId;
	}

	UUID getPersonId() {
		return personId;
	}

	String getDisplayName() {
		return displayName;
	}

	CaseRole getRole() {
		return role;
	}

	LocalDate getEndedOn() {
		return endedOn;
	}

	String getEmail() {
		return email;
	}

	LocalDate getSince() {
		return since;
	}

}
