package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.CaseSnapshot.ResponseKind;
import app.heard.caserecord.DraftPlan;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.UUID;

/**
 * The LA's response to a family's comment on a draft. The LA's id for it is the comment's
 * id: one response per comment, replaced by a newer version.
 */
@Entity
@Table(name = "comment_response")
class CommentResponseEntity extends LaMirroredEntity {

	private UUID caseId;

	private UUID commentId;

	@Enumerated(EnumType.STRING)
	private ResponseKind kind;

	private String detail;

	@Version
	private long version;

	protected CommentResponseEntity() {
	}

	CommentResponseEntity(UUID commentId, UUID caseId) {
		super(commentId.toString());
		this.commentId = commentId;
		this.caseId = caseId;
	}

	boolean apply(CaseSnapshot.CommentResponse response) {
		if (!acceptNewer(response.laVersion())) {
			return false;
		}
		this.kind = response.kind();
		this.detail = response.detail();
		return true;
	}

	UUID getCommentId() {
		return commentId;
	}

	DraftPlan.Response toResponse() {
		return new DraftPlan.Response(kind, Optional.ofNullable(detail).filter(text -> !text.isBlank()));
	}

}
