package app.heard.views.internal;

import app.heard.caserecord.CaseRole;
import app.heard.views.Gathered;
import app.heard.views.Question;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A draft answer. Its version is compared and raised in the same UPDATE
 * (ViewAnswerRepository), so of two saves from the same starting point exactly one wins
 * and the other is told.
 */
@Entity
@Table(name = "view_answer")
class ViewAnswerEntity {

	@Id
	private UUID id;

	private UUID setId;

	@Enumerated(EnumType.STRING)
	private Question question;

	/** The outcome rated, for {@link Question#PROGRESS_OUTCOME}; empty otherwise. */
	private String outcomeLaId;

	private String answer;

	private UUID recordedBy;

	@Enumerated(EnumType.STRING)
	private CaseRole recordedAs;

	@Enumerated(EnumType.STRING)
	private Gathered gathered;

	private Instant updatedAt;

	@Column(name = "version")
	private long version;

	protected ViewAnswerEntity() {
	}

	Question getQuestion() {
		return question;
	}

	String getOutcomeLaId() {
		return outcomeLaId;
	}

	String getAnswer() {
		return answer;
	}

	UUID getRecordedBy() {
		return recordedBy;
	}

	CaseRole getRecordedAs() {
		return recordedAs;
	}

	Gathered getGathered() {
		return gathered;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

}
