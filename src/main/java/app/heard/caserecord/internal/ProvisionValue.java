package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.DraftPlan;
import jakarta.persistence.Embeddable;

/** Who provides what, how often and for how long, as the LA wrote it. */
@Embeddable
class ProvisionValue {

	private String laId;

	private String section;

	private String what;

	private String who;

	private String howOften;

	private String howLong;

	protected ProvisionValue() {
	}

	ProvisionValue(CaseSnapshot.Provision provision) {
		this.laId = provision.laId();
		this.section = provision.section();
		this.what = provision.what();
		this.who = provision.who();
		this.howOften = provision.howOften();
		this.howLong = provision.howLong();
	}

	DraftPlan.Provision toProvision() {
		return new DraftPlan.Provision(laId, section, what, who, howOften, howLong);
	}

}
