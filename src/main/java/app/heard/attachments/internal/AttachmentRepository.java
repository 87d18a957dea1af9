package app.heard.attachments.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

	List<AttachmentEntity> findByCaseIdAndReviewIdAndKindAndQuestionAndRemovedAtIsNullOrderByCreatedAt(UUID caseId,
			UUID reviewId, String kind, String question);

	List<AttachmentEntity> findByCaseIdOrderByCreatedAt(UUID caseId);

	List<AttachmentEntity> findByStatusAndUpdatedAtBefore(AttachmentStatus status, Instant before);

	/**
	 * The attachment, its row locked until the transaction ends: the job that finishes
	 * it, the family removing it and views being sent with it take their turns, so a file
	 * sent while it was being prepared is always followed up (docs/decisions/0019).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from AttachmentEntity a where a.id = :id")
	Optional<AttachmentEntity> findForUpdate(UUID id);

}
