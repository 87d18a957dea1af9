package app.heard.caserecord.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "la_team")
class TeamEntity {

	@Id
	private UUID id;

	private String laId;

	private long laVersion;

	private String name;

	@Version
	private long version;

	protected TeamEntity() {
	}

	TeamEntity(String laId) {
		this.id = UUID.randomUUID();
		this.laId = laId;
	}

	/** Applies the LA's copy unless ours is as new or newer. */
	boolean apply(long laVersion, String name) {
		if (this.name != null && laVersion <= this.laVersion) {
			return false;
		}
		this.laVersion = laVersion;
		this.name = name;
		return true;
	}

	UUID getId() {
		return id;
	}

	String getName() {
		return name;
	}

}
