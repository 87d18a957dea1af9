package app.heard.caserecord.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "la_team")
class TeamEntity extends LaMirroredEntity {

	private String name;

	@Version
	private long version;

	protected TeamEntity() {
	}

	TeamEntity(String laId) {
		super(laId);
	}

	/** Applies the LA's copy unless ours is as new or newer. */
	boolean apply(long laVersion, String name) {
		if (!acceptNewer(laVersion)) {
			return false;
		}
		this.name = name;
		return true;
	}

	String getName() {
		return name;
	}

}
