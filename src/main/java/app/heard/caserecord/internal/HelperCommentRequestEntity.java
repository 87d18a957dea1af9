package app.heard.caserecord.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The family asking their advocate or DiAS worker to comment on draft plans for them, or
 * no longer asking: never changed, a later choice is a new row.
 */
@Entity
@Table(name = "helper_comment_request")
class HelperCommentRequestEntity {

	@Id
	private UUID id;

	private UUID caseId;

	private UUID helperInvolvementId;

	private boolean asked;

	private Instant chosenAt;

	private UUID chosenBy;

	protected HelperCommentRequestEntity() {
	}

	HelperCommentRequestEntity(UUID caseId, UUID helperInvolvementId, boolean asked, Instant chosenAt, UUID chosenBy) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.helperInvolvementId = helperInvolvementId;
		this.asked = asked;
		this.chosenAt = chosenAt;
		this.chosenBy = chosenBy;
	}

	boolean isAsked() {
		return asked;
	}

}
