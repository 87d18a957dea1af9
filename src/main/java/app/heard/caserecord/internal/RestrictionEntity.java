package app.heard.caserecord.internal;

import app.heard.caserecord.RestrictedField;
import app.heard.caserecord.Restriction.Source;
import app.heard.caserecord.RestrictionReason;
import app.heard.caserecord.RestrictionScope;
import app.heard.caserecord.CaseSnapshot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

/**
 * One restriction of a person involved in a case, from the LA's record (with its id and
 * version) or recorded in the portal. Lifting keeps the row: who restricted whom, and
 * when it ended, stays on the record.
 */
@Entity
@Table(name = "case_restriction")
class RestrictionEntity {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Source source;

	private String laId;

	private Long laVersion;

	private UUID caseId;

	private UUID involvementId;

	@Enumerated(EnumType.STRING)
	private RestrictionReason reason;

	private boolean noAccess;

	private boolean hideAddress;

	private boolean hideSetting;

	private boolean hideContact;

	private UUID recordedBy;

	private String recordedByName;

	private Instant recordedAt;

	private UUID liftedBy;

	private String liftedByName;

	private Instant liftedAt;

	@Version
	private long version;

	protected RestrictionEntity() {
	}

	/** Recorded in the portal by a co-ordinator. */
	static RestrictionEntity recorded(UUID caseId, UUID involvementId, RestrictionReason reason, RestrictionScope scope,
			UUID by, String byName, Instant at) {
		var entity = new RestrictionEntity();
		entity.id = UUID.randomUUID();
		entity.source = Source.PORTAL;
		entity.caseId = caseId;
		entity.involvementId = involvementId;
		entity.recordedBy = by;
		entity.recordedByName = byName;
		entity.recordedAt = at;
		entity.set(reason, scope);
		return entity;
	}

	/** Held by the LA's case record; filled by {@link #apply}. */
	static RestrictionEntity fromLa(String laId, UUID caseId) {
		var entity = new RestrictionEntity();
		entity.id = UUID.randomUUID();
		entity.source = Source.LA;
		entity.laId = laId;
		entity.laVersion = -1L;
		entity.caseId = caseId;
		return entity;
	}

	/**
	 * The LA's version of it, if newer than ours. The LA's dates are whole days (UTC
	 * midnight here); a lift dated today applies from the start of today.
	 */
	boolean apply(CaseSnapshot.Restriction restriction, UUID involvementId) {
		if (restriction.laVersion() <= laVersion) {
			return false;
		}
		this.laVersion = restriction.laVersion();
		this.involvementId = involvementId;
		this.recordedByName = restriction.recordedBy();
		this.recordedAt = restriction.recordedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
		boolean lifted = restriction.liftedOn() != null;
		this.liftedAt = lifted ? restriction.liftedOn().atStartOfDay().toInstant(ZoneOffset.UTC) : null;
		this.liftedByName = lifted ? restriction.recordedBy() : null;
		set(restriction.reason(), restriction.scope());
		return true;
	}

	void lift(UUID by, String byName, Instant at) {
		if (source != Source.PORTAL || liftedAt != null) {
			throw new IllegalStateException("Only an active restriction recorded in the portal is lifted here");
		}
		this.liftedBy = by;
		this.liftedByName = byName;
		this.liftedAt = at;
	}

	private void set(RestrictionReason reason, RestrictionScope scope) {
		this.reason = reason;
		this.noAccess = scope.noAccess();
		this.hideAddress = scope.hidden().contains(RestrictedField.ADDRESS);
		this.hideSetting = scope.hidden().contains(RestrictedField.SETTING);
		this.hideContact = scope.hidden().contains(RestrictedField.CONTACT_DETAILS);
	}

	boolean activeAt(Instant now) {
		return !recordedAt.isAfter(now) && (liftedAt == null || liftedAt.isAfter(now));
	}

	RestrictionScope scope() {
		if (noAccess) {
			return RestrictionScope.noAccessAtAll();
		}
		var hidden = EnumSet.noneOf(RestrictedField.class);
		if (hideAddress) {
			hidden.add(RestrictedField.ADDRESS);
		}
		if (hideSetting) {
			hidden.add(RestrictedField.SETTING);
		}
		if (hideContact) {
			hidden.add(RestrictedField.CONTACT_DETAILS);
		}
		return RestrictionScope.hiding(hidden);
	}

	UUID getId() {
		return id;
	}

	Source getSource() {
		return source;
	}

	UUID getCaseId() {
		return caseId;
	}

	UUID getInvolvementId() {
		return involvementId;
	}

	RestrictionReason getReason() {
		return reason;
	}

	String getRecordedByName() {
		return recordedByName;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

	String getLiftedByName() {
		return liftedByName;
	}

	Instant getLiftedAt() {
		return liftedAt;
	}

}
