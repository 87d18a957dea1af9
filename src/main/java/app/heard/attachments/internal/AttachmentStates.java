package app.heard.attachments.internal;

import app.heard.attachments.SentFileSettled;
import app.heard.caserecord.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job's changes to an attachment, each in its own short transaction: preparing a
 * video takes minutes, and the family may edit the caption meanwhile. A file that views
 * were sent with while it was still being prepared is announced ({@link SentFileSettled})
 * in the transaction that finishes it, so the LA hears of it exactly when it is ready, or
 * that it never will be.
 */
@Component
@Transactional
class AttachmentStates {

	private final AttachmentRepository attachments;

	private final AttachmentSubmissions sent;

	private final ApplicationEventPublisher events;

	AttachmentStates(AttachmentRepository attachments, AttachmentSubmissions sent, ApplicationEventPublisher events) {
		this.attachments = attachments;
		this.sent = sent;
		this.events = events;
	}

	/**
	 * Loads with its row locked, changes (unless removed) and saves; empty if there is no
	 * such attachment.
	 */
	Optional<AttachmentEntity> change(UUID attachmentId, Consumer<AttachmentEntity> change) {
		return attachments.findForUpdate(attachmentId).map(attachment -> {
			if (!attachment.isRemoved()) {
				boolean wasInProgress = attachment.getStatus().inProgress();
				change.accept(attachment);
				if (wasInProgress && !attachment.getStatus().inProgress()) {
					settled(attachment);
				}
			}
			return attachment;
		});
	}

	/**
	 * Tells whoever follows the submissions that carried the file that it has settled.
	 * The row is locked, so a submission either committed before (and is seen here) or
	 * waits and then sees the file settled.
	 */
	void settled(AttachmentEntity attachment) {
		var carrying = sent.carrying(attachment.getId());
		if (!carrying.isEmpty()) {
			// What listeners read with plain SQL must be in the database already
			attachments.saveAndFlush(attachment);
			events.publishEvent(new SentFileSettled(new CaseId(attachment.getCaseId()), attachment.getId(), carrying));
		}
	}

	@Transactional(readOnly = true)
	List<UUID> inStatusSince(AttachmentStatus status, Instant before) {
		return attachments.findByStatusAndUpdatedAtBefore(status, before)
			.stream()
			.map(AttachmentEntity::getId)
			.toList();
	}

}
