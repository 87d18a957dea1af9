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
import java.util.Comparator;
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
		// Changed in place, by the section's code and the outcome's LA id: removing a row
		// and adding its replacement in one flush inserts before it deletes, which the
		// unique keys refuse
		sections.removeIf(section -> !plan.sections().containsKey(section.getCode()));
		plan.sections()
			.forEach((code, content) -> sections.stream()
				.filter(section -> section.getCode().equals(code))
				.findFirst()
				.ifPresentOrElse(section -> section.rewrite(content),
						() -> sections.add(new PlanSectionEntity(code, content))));
		var incoming = plan.outcomes().stream().map(CaseSnapshot.Outcome::laId).toList();
		outcomes.removeIf(outcome -> !incoming.contains(outcome.getLaId()));
		int position = 0;
		for (var outcome : plan.outcomes()) {
			int at = position++;
			outcomes.stream()
				.filter(held -> held.getLaId().equals(outcome.laId()))
				.findFirst()
				.ifPresentOrElse(held -> held.rewrite(outcome, at), () -> outcomes.add(new OutcomeEntity(outcome, at)));
		}
		outcomes.sort(Comparator.comparingInt(OutcomeEntity::getPosition));
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
