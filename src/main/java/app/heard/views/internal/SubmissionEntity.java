package app.heard.views.internal;

import app.heard.caserecord.CaseRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A submitted set of views, copied at the moment of submission and never changed. */
@Entity
@Immutable
@Table(name = "view_submission")
class SubmissionEntity {

	@Id
	private UUID id;

	private UUID setId;

	private Instant submittedAt;

	private UUID submittedBy;

	@Enumerated(EnumType.STRING)
	private CaseRole submittedAs;

	private String attribution;

	@ElementCollection
	@CollectionTable(name = "view_submission_answer", joinColumns = @JoinColumn(name = "submission_id"))
	private List<SubmittedAnswer> answers = new ArrayList<>();

	protected SubmissionEntity() {
	}

	SubmissionEntity(UUID setId, Instant submittedAt, UUID submittedBy, CaseRole submittedAs, String attribution,
			List<SubmittedAnswer> answers) {
		this.id = UUID.randomUUID();
		this.setId = setId;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.submittedAs = submittedAs;
		this.attribution = attribution;
		this.answers = new ArrayList<>(answers);
	}

	UUID getId() {
		return id;
	}

	UUID getSetId() {
		return setId;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	UUID getSubmittedBy() {
		return submittedBy;
	}

	CaseRole getSubmittedAs() {
		return submittedAs;
	}

	String getAttribution() {
		return attribution;
	}

	List<SubmittedAnswer> getAnswers() {
		return answers;
	}

	/**
	 * @param outcomeLaId the outcome rated, for PROGRESS_OUTCOME; empty otherwise
	 * @param outcome the outcome's words when the views were sent
	 */
	@Embeddable
	record SubmittedAnswer(String question, @Column(name = "answer") String text, String attribution,
			String outcomeLaId, String outcome) {
	}

}
