package app.heard.upload.internal;

import app.heard.caserecord.CaseId;
import app.heard.identity.PersonId;
import app.heard.upload.UploadCompleted;
import app.heard.upload.UploadId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One upload's progress. The offset only moves forward from where the last request left
 * it, never past the declared length; reaching the length completes the upload and
 * registers {@link UploadCompleted}, published when the repository saves it.
 */
@Entity
@Table(name = "upload")
class UploadEntity extends AbstractAggregateRoot<UploadEntity> {

	@Id
	private UUID id;

	private UUID personId;

	private UUID caseId;

	private String kind;

	private String question;

	private String displayFilename;

	private long length;

	@Column(name = "upload_offset")
	private long offset;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant expiresAt;

	private Instant completedAt;

	@Version
	private long version;

	protected UploadEntity() {
	}

	UploadEntity(UUID id, PersonId person, CaseId caseId, String kind, String question, String displayFilename,
			long length, Instant now, Duration expiry) {
		if (length <= 0) {
			throw new IllegalArgumentException("An upload has at least one byte");
		}
		this.id = id;
		this.personId = person.value();
		this.caseId = caseId.value();
		this.kind = kind;
		this.question = question;
		this.displayFilename = displayFilename;
		this.length = length;
		this.createdAt = now;
		this.updatedAt = now;
		this.expiresAt = now.plus(expiry);
	}

	/**
	 * Records that the bytes up to {@code to} are on disk, for a request that started at
	 * {@code from}. An unfinished upload's expiry moves on with its progress.
	 * @throws OffsetConflictException if the upload is no longer at {@code from}
	 */
	void advance(long from, long to, Instant now, Duration expiry) {
		if (from != offset) {
			throw new OffsetConflictException(offset);
		}
		if (to < from || to > length) {
			throw new IllegalArgumentException("Offset " + to + " is outside 0.." + length);
		}
		if (to == from) {
			return;
		}
		offset = to;
		updatedAt = now;
		if (offset == length) {
			completedAt = now;
			registerEvent(new UploadCompleted(new UploadId(id), new CaseId(caseId), kind, question,
					new PersonId(personId), length));
		}
		else {
			expiresAt = now.plus(expiry);
		}
	}

	boolean belongsTo(PersonId person) {
		return personId.equals(person.value());
	}

	boolean isComplete() {
		return completedAt != null;
	}

	boolean isExpired(Instant now) {
		return !isComplete() && !expiresAt.isAfter(now);
	}

	Upload snapshot() {
		return new Upload(new UploadId(id), new CaseId(caseId), kind, question, Optional.ofNullable(displayFilename),
				length, offset, expiresAt, isComplete());
	}

	UUID getId() {
		return id;
	}

	UUID getCaseId() {
		return caseId;
	}

}
