package app.heard.views.internal;

import app.heard.views.ViewKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "view_set")
class ViewSetEntity {

	@Id
	private UUID id;

	private UUID caseId;

	private UUID reviewId;

	@Enumerated(EnumType.STRING)
	private ViewKind kind;

	/** The parent or carer whose views these are; none for a child's About Me. */
	private UUID ownerPersonId;

	private Instant createdAt;

	@Version
	private long version;

	protected ViewSetEntity() {
	}

	UUID getId() {
		return id;
	}

	UUID getCaseId() {
		return caseId;
	}

	UUID getReviewId() {
		return reviewId;
	}

	ViewKind getKind() {
		return kind;
	}

	UUID getOwnerPersonId() {
		return ownerPersonId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
