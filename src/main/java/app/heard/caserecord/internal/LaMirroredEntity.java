package app.heard.caserecord.internal;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A row copied from the LA's case record: our own id, the LA's id, and the LA's version
 * of it. Changes apply by version, so a stale or repeated update from the LA never
 * overwrites a newer one.
 */
@MappedSuperclass
abstract class LaMirroredEntity implements Persistable<UUID> {

	@Id
	private UUID id;

	private String laId;

	/** -1 until the first copy is applied; the LA's versions start at 0. */
	private long laVersion = -1;

	/**
	 * True from construction until first stored. Our ids are assigned, so without this a
	 * repository's save would merge a new row: a look-up before every insert, and no JDBC
	 * batching of the inserts of an import.
	 */
	@Transient
	private boolean isNew;

	protected LaMirroredEntity() {
	}

	protected LaMirroredEntity(String laId) {
		this.id = UUID.randomUUID();
		this.laId = laId;
		this.isNew = true;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.isNew = false;
	}

	@Override
	public boolean isNew() {
		return isNew;
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

	@Override
	public UUID getId() {
		return id;
	}

	String getLaId() {
		return laId;
	}

}
