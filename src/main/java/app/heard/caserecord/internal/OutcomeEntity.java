package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.DraftPlan;
import app.heard.caserecord.PlanOutcome;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** An outcome in section E, with its steps and the provision that supports it. */
@Entity
@Table(name = "outcome")
class OutcomeEntity extends LaMirroredEntity {

	private int position;

	private String area;

	private String description;

	private String provision;

	private String needSection;

	@ElementCollection
	@CollectionTable(name = "outcome_step", joinColumns = @JoinColumn(name = "outcome_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "outcome_provision", joinColumns = @JoinColumn(name = "outcome_id"))
	@OrderColumn(name = "position")
	private List<ProvisionValue> provisions = new ArrayList<>();

	protected OutcomeEntity() {
	}

	OutcomeEntity(CaseSnapshot.Outcome outcome, int position) {
		super(outcome.laId());
		rewrite(outcome, position);
	}

	/** As the LA's newer copy of the plan has it. */
	void rewrite(CaseSnapshot.Outcome outcome, int position) {
		acceptNewer(outcome.laVersion());
		this.position = position;
		this.area = outcome.area();
		this.description = outcome.description();
		this.provision = outcome.provision();
		this.needSection = outcome.needSection();
		this.steps.clear();
		this.steps.addAll(outcome.steps());
		this.provisions.clear();
		outcome.provisions().forEach(p -> provisions.add(new ProvisionValue(p)));
	}

	int getPosition() {
		return position;
	}

	PlanOutcome toPlanOutcome() {
		return new PlanOutcome(getLaId(), area, description);
	}

	DraftPlan.Outcome toDraftOutcome() {
		return new DraftPlan.Outcome(getLaId(), area, description, needSection, List.copyOf(steps),
				provisions.stream().map(ProvisionValue::toProvision).toList(), provision);
	}

}
