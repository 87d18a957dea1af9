package app.heard.caserecord.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * An LA case co-ordinator's membership of a team; co-ordinators see their team's cases.
 */
@Entity
@Table(name = "team_membership")
class TeamMembershipEntity {

	@Id
	private UUID id;

	private UUID teamId;

	private UUID personId;

	@Version
	private long version;

	protected TeamMembershipEntity() {
	}

	TeamMembershipEntity(UUID teamId, UUID personId) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.personId = personId;
	}

}
