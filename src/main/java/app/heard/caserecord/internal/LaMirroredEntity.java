package app.heard.caserecord.internal;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * A row copied from the LA's case record: our own id, the LA's id, and the LA's version
 * of it. Changes apply by version, so a stale or repeated update from the LA never
 * overwrites a newer one.
 */
@MappedSuperclass
abstract class LaMirroredEntity {

	@Id
	private UUID id;

	private String laId;

	/** -1 until the first copy is applied; the LA's versions start at 0. */
	private long laVersion = -1;

	protected LaMirroredEntity() {
	}

	protected LaMirroredEntity(String laId) {
		this.id = UUID.randomUUID();
		this.laId = laId;
	}

	/**
	 * Records {@code laVersion} and returns true if it is newer than the copy we hold.
	 */
	protected boolean acceptNewer(long laVersion) {
		if (laVersion <= this.laVersion) {
			return false;
		}
		this.laVersion = laVersion;
		return true;
	}

	UUID getId() {
		return id;
	}

	String getLaId() {
		return laId;
	}

}
