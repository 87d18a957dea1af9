package app.heard.attachments.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job's changes to an attachment, each in its own short transaction: preparing a
 * video takes minutes, and the family may edit the caption meanwhile.
 */
@Component
@Transactional
class AttachmentStates {

	private final AttachmentRepository attachments;

	AttachmentStates(AttachmentRepository attachments) {
		this.attachments = attachments;
	}

	/**
	 * Loads, changes (unless removed) and saves; empty if there is no such attachment.
	 */
	Optional<AttachmentEntity> change(UUID attachmentId, Consumer<AttachmentEntity> change) {
		return attachments.findById(attachmentId).map(attachment -> {
			if (!attachment.isRemoved()) {
				change.accept(attachment);
			}
			return attachment;
		});
	}

	@Transactional(readOnly = true)
	List<UUID> inStatusSince(AttachmentStatus status, Instant before) {
		return attachments.findByStatusAndUpdatedAtBefore(status, before)
			.stream()
			.map(AttachmentEntity::getId)
			.toList();
	}

}
