package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.CaseSnapshot;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of a child's EHC plan: the final plan, or draft 1, 2… shared for comment.
 */
@Entity
@Table(name = "plan")
class PlanEntity extends LaMirroredEntity {

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private PlanKind kind;

	private Integer draftNumber;

	private LocalDate issuedOn;

	private LocalDate servedOn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	private List<PlanSectionEntity> sections = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderBy("position")
	private List<OutcomeEntity> outcomes = new ArrayList<>();

	@Version
	private long version;

	protected PlanEntity() {
	}

	PlanEntity(String laId, UUID caseId) {
		super(laId);
		this.caseId = caseId;
	}

	boolean apply(CaseSnapshot.Plan plan) {
		if (!acceptNewer(plan.laVersion())) {
			return false;
		}
		this.kind = plan.kind();
		this.draftNumber = plan.draftNumber();
		this.issuedOn = plan.issuedOn();
		this.servedOn = plan.servedOn();
		sections.clear();
		plan.sections().forEach((code, content) -> sections.add(new PlanSectionEntity(code, content)));
		outcomes.clear();
		int position = 0;
		for (var outcome : plan.outcomes()) {
			outcomes.add(new OutcomeEntity(outcome, position++));
		}
		return true;
	}

	PlanKind getKind() {
		return kind;
	}

	LocalDate getIssuedOn() {
		return issuedOn;
	}

	LocalDate getServedOn() {
		return servedOn;
	}

	Integer getDraftNumber() {
		return draftNumber;
	}

	List<PlanSectionEntity> getSections() {
		return sections;
	}

	List<OutcomeEntity> getOutcomes() {
		return outcomes;
	}

}
