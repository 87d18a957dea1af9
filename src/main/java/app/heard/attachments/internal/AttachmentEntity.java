package app.heard.attachments.internal;

import app.heard.caserecord.CaseRole;
import app.heard.media.MediaKind;
import app.heard.media.RejectionReason;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A file beside an answer, from the moment its upload finished. Its id is the upload's,
 * so the page that sent the file can find it, and a second "finished" for the same upload
 * changes nothing.
 */
@Entity
@Table(name = "attachment")
class AttachmentEntity {

	@Id
	private UUID id;

	private UUID caseId;

	private UUID reviewId;

	private String kind;

	private String question;

	private UUID addedBy;

	@Enumerated(EnumType.STRING)
	private CaseRole addedAs;

	private String displayFilename;

	private String caption = "";

	@Enumerated(EnumType.STRING)
	private AttachmentStatus status;

	@Enumerated(EnumType.STRING)
	private MediaKind mediaKind;

	@Enumerated(EnumType.STRING)
	private RejectionReason rejection;

	private String rejectionArgument;

	private int progressPercent;

	private int attempts;

	private Long durationMs;

	private Integer width;

	private Integer height;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant removedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "attachment_rendition", joinColumns = @JoinColumn(name = "attachment_id"))
	private List<StoredRendition> renditions = new ArrayList<>();

	protected AttachmentEntity() {
	}

	AttachmentEntity(UUID id, UUID caseId, UUID reviewId, String kind, String question, UUID addedBy, CaseRole addedAs,
			String displayFilename, Instant now) {
		this.id = id;
		this.caseId = caseId;
		this.reviewId = reviewId;
		this.kind = kind;
		this.question = question;
		this.addedBy = addedBy;
		this.addedAs = addedAs;
		this.displayFilename = displayFilename;
		this.status = AttachmentStatus.WAITING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** One more try at preparing it; a held file starts its tries afresh. */
	void startAttempt(Instant now) {
		if (status == AttachmentStatus.QUARANTINED) {
			attempts = 0;
		}
		status = AttachmentStatus.PROCESSING;
		progressPercent = 0;
		updatedAt = now;
		attempts++;
	}

	void progress(int percent, Instant now) {
		progressPercent = Math.clamp(percent, 0, 100);
		updatedAt = now;
	}

	void ready(MediaKind kind, List<StoredRendition> made, Optional<Duration> duration, int width, int height,
			Instant now) {
		this.status = AttachmentStatus.READY;
		this.mediaKind = kind;
		this.renditions.clear();
		this.renditions.addAll(made);
		this.durationMs = duration.map(Duration::toMillis).orElse(null);
		this.width = width;
		this.height = height;
		this.progressPercent = 100;
		this.updatedAt = now;
	}

	void rejected(RejectionReason reason, String argument, Instant now) {
		this.status = AttachmentStatus.REJECTED;
		this.rejection = reason;
		this.rejectionArgument = argument;
		this.updatedAt = now;
	}

	void quarantined(Instant now) {
		this.status = AttachmentStatus.QUARANTINED;
		this.updatedAt = now;
	}

	void failed(Instant now) {
		this.status = AttachmentStatus.FAILED;
		this.updatedAt = now;
	}

	void caption(String text, Instant now) {
		this.caption = text;
		this.updatedAt = now;
	}

	/**
	 * Gone from the draft. A file that was sent keeps its renditions: the submission
	 * still shows it.
	 */
	void remove(Instant now, boolean wasSent) {
		this.removedAt = now;
		if (!wasSent) {
			this.renditions.clear();
		}
		this.updatedAt = now;
	}

	UUID getId() {
		return id;
	}

	UUID getCaseId() {
		return caseId;
	}

	Optional<UUID> getReviewId() {
		return Optional.ofNullable(reviewId);
	}

	String getKind() {
		return kind;
	}

	String getQuestion() {
		return question;
	}

	UUID getAddedBy() {
		return addedBy;
	}

	CaseRole getAddedAs() {
		return addedAs;
	}

	Optional<String> getDisplayFilename() {
		return Optional.ofNullable(displayFilename);
	}

	String getCaption() {
		return caption;
	}

	AttachmentStatus getStatus() {
		return status;
	}

	Optional<MediaKind> getMediaKind() {
		return Optional.ofNullable(mediaKind);
	}

	Optional<RejectionReason> getRejection() {
		return Optional.ofNullable(rejection);
	}

	Optional<String> getRejectionArgument() {
		return Optional.ofNullable(rejectionArgument);
	}

	int getProgressPercent() {
		return progressPercent;
	}

	int getAttempts() {
		return attempts;
	}

	Optional<Duration> getDuration() {
		return Optional.ofNullable(durationMs).map(Duration::ofMillis);
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Optional<Instant> getRemovedAt() {
		return Optional.ofNullable(removedAt);
	}

	boolean isRemoved() {
		return removedAt != null;
	}

	List<StoredRendition> getRenditions() {
		return List.copyOf(renditions);
	}

	Optional<StoredRendition> rendition(String role) {
		return renditions.stream().filter(rendition -> rendition.role().equals(role)).findFirst();
	}

	/**
	 * A file made from the upload, in the rendition store under a random key.
	 *
	 * @param id its own id, which links to it name (never the storage key)
	 * @param sha256 its content hash, lowercase hex; null only for a rendition stored
	 * before V0510, until a manifest first lists it
	 */
	@Embeddable
	record StoredRendition(UUID id, String role, @Column(name = "storage_key") String storageKey, String contentType,
			long bytes, String sha256) {
	}

}
