package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An outcome in section E, with the provision that supports it. */
@Entity
@Table(name = "outcome")
class OutcomeEntity {

	@Id
	private UUID id;

	private String laId;

	private long laVersion;

	private int position;

	private String area;

	private String description;

	private String provision;

	protected OutcomeEntity() {
	}

	OutcomeEntity(CaseSnapshot.Outcome outcome, int position) {
		this.id = UUID.randomUUID();
		this.laId = outcome.laId();
		this.laVersion = outcome.laVersion();
		this.position = position;
		this.area = outcome.area();
		this.description = outcome.description();
		this.provision = outcome.provision();
	}

}
