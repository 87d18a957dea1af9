package app.heard.draftplan.internal;

import app.heard.draftplan.DraftComment;
import app.heard.draftplan.Target;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A comment on a draft plan. Written by native queries that check the version and that it
 * has not been sent; read here.
 */
@Entity
@Table(name = "draft_comment")
class DraftCommentEntity {

	@Id
	private UUID id;

	private UUID caseId;

	private UUID planId;

	private UUID authorPersonId;

	@Enumerated(EnumType.STRING)
	private Target.Kind targetKind;

	private String targetRef;

	private String text;

	private long version;

	private Instant submittedAt;

	private String attribution;

	protected DraftCommentEntity() {
	}

	UUID getAuthorPersonId() {
		return authorPersonId;
	}

	UUID getId() {
		return id;
	}

	String getText() {
		return text;
	}

	long getVersion() {
		return version;
	}

	Target target() {
		return new Target(targetKind, targetRef);
	}

	boolean sent() {
		return submittedAt != null;
	}

	DraftComment toComment() {
		return new DraftComment(id, target(), text, version, Optional.ofNullable(submittedAt),
				Optional.ofNullable(attribution));
	}

}
