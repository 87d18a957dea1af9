package app.heard.draftplan.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * More time a co-ordinator gave for comments on one draft; the latest extension counts.
 */
@Entity
@Table(name = "draft_comment_extension")
class WindowExtensionEntity {

	@Id
	private UUID planId;

	private LocalDate lastDay;

	private UUID extendedBy;

	private Instant extendedAt;

	@Version
	private long version;

	protected WindowExtensionEntity() {
	}

	WindowExtensionEntity(UUID planId) {
		this.planId = planId;
	}

	void extend(LocalDate lastDay, UUID by, Instant at) {
		this.lastDay = lastDay;
		this.extendedBy = by;
		this.extendedAt = at;
	}

	LocalDate getLastDay() {
		return lastDay;
	}

}
