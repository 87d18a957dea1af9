package app.heard.caserecord.internal;

import app.heard.caserecord.ParentAccess;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One choice about what a parent may do, as made: never changed, a later choice is a new
 * row.
 */
@Entity
@Table(name = "parent_access_choice")
class ParentAccessChoiceEntity {

	enum ChosenAs {

		YOUNG_PERSON, ALTERNATIVE_PERSON

	}

	@Id
	private UUID id;

	private UUID caseId;

	private UUID parentInvolvementId;

	@Enumerated(EnumType.STRING)
	private ParentAccess access;

	private Instant chosenAt;

	private UUID chosenBy;

	@Enumerated(EnumType.STRING)
	private ChosenAs chosenAs;

	protected ParentAccessChoiceEntity() {
	}

	ParentAccessChoiceEntity(UUID caseId, UUID parentInvolvementId, ParentAccess access, Instant chosenAt,
			UUID chosenBy, ChosenAs chosenAs) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.parentInvolvementId = parentInvolvementId;
		this.access = access;
		this.chosenAt = chosenAt;
		this.chosenBy = chosenBy;
		this.chosenAs = chosenAs;
	}

	UUID getParentInvolvementId() {
		return parentInvolvementId;
	}

	ParentAccess getAccess() {
		return access;
	}

	Instant getChosenAt() {
		return chosenAt;
	}

	UUID getChosenBy() {
		return chosenBy;
	}

}
