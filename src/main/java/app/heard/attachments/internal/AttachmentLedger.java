package app.heard.attachments.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.ReviewId;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.upload.UploadId;
import app.heard.upload.Uploads;
import app.heard.views.Question;
import app.heard.views.SubmissionId;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import app.heard.views.Wording;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files beside answers, for the signed-in person. Checked on every call, per case. A
 * draft's files: linked to the case, allowed to record these views, and — for a parent's
 * own views — the one who added it (a child's About Me files are seen by everyone
 * recording with the child, as its words are). A sent file: whoever may read a submission
 * that carried it. Anything else does not exist for them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class AttachmentLedger {

	static final int MAX_CAPTION = 500;

	private final AttachmentRepository attachments;

	private final AttachmentSubmissions sent;

	private final AttachmentStates states;

	private final CaseRecordService cases;

	private final SubmittedViewsService submissions;

	private final CurrentPerson currentPerson;

	private final People people;

	private final RenditionStore store;

	private final Uploads uploads;

	private final AuditTrail audit;

	private final Clock clock;

	AttachmentLedger(AttachmentRepository attachments, AttachmentSubmissions sent, AttachmentStates states,
			CaseRecordService cases, SubmittedViewsService submissions, CurrentPerson currentPerson, People people,
			RenditionStore store, Uploads uploads, AuditTrail audit, Clock clock) {
		this.attachments = attachments;
		this.sent = sent;
		this.states = states;
		this.cases = cases;
		this.submissions = submissions;
		this.currentPerson = currentPerson;
		this.people = people;
		this.store = store;
		this.uploads = uploads;
		this.audit = audit;
		this.clock = clock;
	}

	/** The files beside an answer in this review's draft. */
	@Transactional(readOnly = true)
	List<AttachmentView> on(CaseId caseId, ViewKind kind, Question question) {
		var review = mayRecord(caseId, kind).currentReview();
		if (review.isEmpty()) {
			return List.of();
		}
		UUID me = me();
		return attachments
			.findByCaseIdAndReviewIdAndKindAndQuestionAndRemovedAtIsNullOrderByCreatedAt(caseId.value(),
					review.get().value(), kind.slug(), Wording.slug(question))
			.stream()
			.filter(attachment -> visibleInDraft(attachment, me))
			.map(attachment -> view(attachment, attachment.getCaption(), me))
			.toList();
	}

	/**
	 * The files sent with a submission beside one question, captions as they were. A file
	 * still being prepared when it was sent is listed as such; one the family removed
	 * before it was ready is not listed.
	 * @throws CaseNotFoundException if the person may not read the submission
	 */
	@Transactional(readOnly = true)
	List<AttachmentView> sentWith(CaseId caseId, SubmissionId submission, Question question) {
		submissions.submission(caseId, submission);
		UUID me = me();
		return sent.sentWith(submission, Wording.slug(question))
			.stream()
			.flatMap(kept -> attachments.findById(kept.attachmentId())
				.filter(attachment -> attachment.getCaseId().equals(caseId.value()))
				.filter(attachment -> !(attachment.isRemoved() && attachment.getStatus().inProgress()))
				.map(attachment -> view(attachment, kept.caption(), me))
				.stream())
			.toList();
	}

	void caption(UUID id, String caption) {
		if (caption.length() > MAX_CAPTION) {
			throw new IllegalArgumentException("A caption is at most " + MAX_CAPTION + " characters");
		}
		var mine = mine(id);
		mine.attachment().caption(caption.strip(), clock.instant());
		audit.record(mine.context().audited(AuditAction.EDIT, resource(id) + "/caption"));
	}

	/**
	 * Takes the file out of the draft. One that was sent keeps its renditions for the
	 * submission; one sent while still being prepared will never be ready, and whoever
	 * follows the submission is told so ({@link AttachmentStates#settled}).
	 */
	void remove(UUID id) {
		var mine = mine(id);
		var attachment = mine.attachment();
		boolean wasSent = !sent.carrying(id).isEmpty();
		boolean wasInProgress = attachment.getStatus().inProgress();
		if (!wasSent) {
			attachment.getRenditions().forEach(rendition -> store.delete(rendition.storageKey()));
		}
		attachment.remove(clock.instant(), wasSent);
		if (wasSent && wasInProgress) {
			states.settled(attachment);
		}
		uploads.discard(new UploadId(id));
		audit.record(mine.context().audited(AuditAction.EDIT, resource(id) + "/removed"));
	}

	/**
	 * A rendition to serve: never the original, only to someone who may see the file.
	 * Outside a transaction: each check has its own, so a refusal in one does not spoil
	 * the next.
	 * @throws CaseNotFoundException if the person is not linked to the file's case
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Optional<Served> open(UUID id, String role) {
		var found = attachments.findById(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var attachment = found.get();
		var caseId = new CaseId(attachment.getCaseId());
		var context = cases.context(caseId);
		if (!(mayStillSeeDraft(attachment, context) || mayReadASubmissionCarrying(attachment, caseId))) {
			return Optional.empty();
		}
		return attachment.rendition(role).map(rendition -> {
			audit.record(context.audited(AuditAction.DOWNLOAD, resource(id) + "/" + role));
			return new Served(store.open(rendition.storageKey()), rendition.contentType());
		});
	}

	private boolean mayStillSeeDraft(AttachmentEntity attachment, CaseContext context) {
		var kind = ViewKind.fromSlug(attachment.getKind()).orElseThrow();
		return !attachment.isRemoved() && kind.mayBeRecordedIn(context)
				&& attachment.getReviewId().equals(context.currentReview().map(ReviewId::value))
				&& visibleInDraft(attachment, me());
	}

	private boolean mayReadASubmissionCarrying(AttachmentEntity attachment, CaseId caseId) {
		for (SubmissionId submission : sent.carrying(attachment.getId())) {
			try {
				submissions.submission(caseId, submission);
				return true;
			}
			catch (CaseNotFoundException notTheirs) {
				// try the next submission
			}
		}
		return false;
	}

	/** Locked: the job finishing it waits, and then sees what the family did. */
	private Mine mine(UUID id) {
		UUID me = me();
		var attachment = attachments.findForUpdate(id)
			.filter(found -> !found.isRemoved() && found.getAddedBy().equals(me))
			.orElseThrow(() -> new CaseNotFoundException(new CaseId(id)));
		var context = mayRecord(new CaseId(attachment.getCaseId()),
				ViewKind.fromSlug(attachment.getKind()).orElseThrow());
		return new Mine(attachment, context);
	}

	private record Mine(AttachmentEntity attachment, CaseContext context) {
	}

	private CaseContext mayRecord(CaseId caseId, ViewKind kind) {
		CaseContext context = cases.context(caseId);
		if (!kind.mayBeRecordedIn(context)) {
			throw new CaseNotFoundException(caseId);
		}
		return context;
	}

	private static boolean visibleInDraft(AttachmentEntity attachment, UUID me) {
		return attachment.getKind().equals(ViewKind.ABOUT_ME.slug()) || attachment.getAddedBy().equals(me);
	}

	private AttachmentView view(AttachmentEntity attachment, String caption, UUID me) {
		return new AttachmentView(attachment.getId(), attachment.getStatus(), attachment.getMediaKind(), caption,
				attachment.getDisplayFilename(), attachment.getRejection(), attachment.getRejectionArgument(),
				attachment.getProgressPercent(), attachment.getAddedBy().equals(me) && !attachment.isRemoved(),
				people.displayName(new PersonId(attachment.getAddedBy())));
	}

	private static String resource(UUID attachment) {
		return "media/" + attachment;
	}

	private UUID me() {
		return currentPerson.require().id().value();
	}

	record Served(Resource file, String contentType) {
	}

}
