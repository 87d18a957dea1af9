package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.CaseSnapshot.Decision;
import app.heard.caserecord.ReviewStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An annual review, current or past. Past reviews are kept: families see last year's
 * views beside this year's.
 */
@Entity
@Table(name = "review")
class ReviewEntity extends LaMirroredEntity {

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private ReviewStage stage;

	/** Local time in England, as the LA records it. */
	private LocalDateTime meetingAt;

	private String meetingPlace;

	private LocalDate viewsDueOn;

	private LocalDate reportSentOn;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private LocalDate decidedOn;

	@Version
	private long version;

	protected ReviewEntity() {
	}

	ReviewEntity(String laId, UUID caseId) {
		super(laId);
		this.caseId = caseId;
	}

	boolean apply(CaseSnapshot.Review review) {
		if (!acceptNewer(review.laVersion())) {
			return false;
		}
		this.stage = review.stage();
		this.meetingAt = review.meetingAt();
		this.meetingPlace = review.meetingPlace();
		this.viewsDueOn = review.viewsDueOn();
		this.reportSentOn = review.reportSentOn();
		this.decision = review.decision();
		this.decidedOn = review.decidedOn();
		return true;
	}

	ReviewStage getStage() {
		return stage;
	}

	LocalDateTime getMeetingAt() {
		return meetingAt;
	}

	LocalDate meetingDate() {
		return meetingAt == null ? null : meetingAt.toLocalDate();
	}

	String getMeetingPlace() {
		return meetingPlace;
	}

	LocalDate getViewsDueOn() {
		return viewsDueOn;
	}

	LocalDate getReportSentOn() {
		return reportSentOn;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

}
