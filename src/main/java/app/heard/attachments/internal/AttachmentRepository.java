package app.heard.attachments.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

	List<AttachmentEntity> findByCaseIdAndReviewIdAndKindAndQuestionAndRemovedAtIsNullOrderByCreatedAt(UUID caseId,
			UUID reviewId, String kind, String question);

	List<AttachmentEntity> findByCaseIdOrderByCreatedAt(UUID caseId);

	List<AttachmentEntity> findByStatusAndUpdatedAtBefore(AttachmentStatus status, Instant before);

}
