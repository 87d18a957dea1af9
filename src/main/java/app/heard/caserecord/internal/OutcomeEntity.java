package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.PlanOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An outcome in section E, with the provision that supports it. */
@Entity
@Table(name = "outcome")
class OutcomeEntity extends LaMirroredEntity {

	private int position;

	private String area;

	private String description;

	private String provision;

	protected OutcomeEntity() {
	}

	OutcomeEntity(CaseSnapshot.Outcome outcome, int position) {
		super(outcome.laId());
		acceptNewer(outcome.laVersion());
		this.position = position;
		this.area = outcome.area();
		this.description = outcome.description();
		this.provision = outcome.provision();
	}

	PlanOutcome toPlanOutcome() {
		return new PlanOutcome(getLaId(), area, description);
	}

}
