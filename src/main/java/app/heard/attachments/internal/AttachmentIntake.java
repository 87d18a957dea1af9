package app.heard.attachments.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.ReviewId;
import app.heard.upload.UploadCompleted;
import app.heard.upload.Uploads;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A finished upload becomes an attachment in the same transaction, while the person who
 * sent it is still signed in (their role in the case is recorded with it); once that has
 * committed, its preparation is queued. If the portal stops between the two, the sweep in
 * {@link MediaJobs} queues it.
 */
@Component
@Transactional
class AttachmentIntake {

	private final AttachmentRepository attachments;

	private final CaseRecordService cases;

	private final Uploads uploads;

	private final MediaJobs jobs;

	private final AuditTrail audit;

	private final Clock clock;

	AttachmentIntake(AttachmentRepository attachments, CaseRecordService cases, Uploads uploads, MediaJobs jobs,
			AuditTrail audit, Clock clock) {
		this.attachments = attachments;
		this.cases = cases;
		this.uploads = uploads;
		this.jobs = jobs;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void record(UploadCompleted upload) {
		if (attachments.existsById(upload.id().value())) {
			return;
		}
		var context = cases.context(upload.caseId());
		attachments.save(new AttachmentEntity(upload.id().value(), upload.caseId().value(),
				context.currentReview().map(ReviewId::value).orElse(null), upload.kind(), upload.question(),
				upload.uploadedBy().value(), context.myRole(), uploads.displayFilename(upload.id()).orElse(null),
				clock.instant()));
		audit.record(context.audited(AuditAction.EDIT, "media/" + upload.id().value() + "/added"));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void queue(UploadCompleted upload) {
		jobs.queue(upload.id().value());
	}

}
