package app.heard.caserecord.internal;

import app.heard.caserecord.LegalBasis;
import app.heard.caserecord.YoungPersonDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A co-ordinator's record that the young person lacks capacity for one decision, and who
 * acts for them in it. Kept as recorded; a later record for the same decision replaces
 * it.
 */
@Entity
@Table(name = "capacity_decision")
class CapacityDecisionEntity {

	@Id
	private UUID id;

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private YoungPersonDecision decision;

	private UUID alternativeInvolvementId;

	@Enumerated(EnumType.STRING)
	private LegalBasis legalBasis;

	private Instant recordedAt;

	private UUID recordedBy;

	protected CapacityDecisionEntity() {
	}

	CapacityDecisionEntity(UUID caseId, YoungPersonDecision decision, UUID alternativeInvolvementId,
			LegalBasis legalBasis, Instant recordedAt, UUID recordedBy) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.decision = decision;
		this.alternativeInvolvementId = alternativeInvolvementId;
		this.legalBasis = legalBasis;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	YoungPersonDecision getDecision() {
		return decision;
	}

	UUID getAlternativeInvolvementId() {
		return alternativeInvolvementId;
	}

	LegalBasis getLegalBasis() {
		return legalBasis;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

	UUID getRecordedBy() {
		return recordedBy;
	}

}
