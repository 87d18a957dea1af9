package app.heard.attachments.internal;

import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.upload.UploadId;
import app.heard.upload.Uploads;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.Wording;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files beside answers, for the signed-in person. Checked on every call, per case:
 * linked to the case, allowed to record these views, and — for a parent's own views — the
 * one who added it. A child's About Me files are seen by everyone recording with the
 * child, as its words are. Anything else does not exist for them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class AttachmentLedger {

	/** Who read which file, for whom: kept until the audit trail (issue 5) records it. */
	private static final Logger audit = LoggerFactory.getLogger("app.heard.audit");

	static final int MAX_CAPTION = 500;

	private final AttachmentRepository attachments;

	private final CaseRecordService cases;

	private final CurrentPerson currentPerson;

	private final People people;

	private final RenditionStore store;

	private final Uploads uploads;

	private final Clock clock;

	AttachmentLedger(AttachmentRepository attachments, CaseRecordService cases, CurrentPerson currentPerson,
			People people, RenditionStore store, Uploads uploads, Clock clock) {
		this.attachments = attachments;
		this.cases = cases;
		this.currentPerson = currentPerson;
		this.people = people;
		this.store = store;
		this.uploads = uploads;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AttachmentView> on(CaseId caseId, ViewKind kind, Question question) {
		mayRecord(caseId, kind);
		UUID me = me();
		return attachments
			.findByCaseIdAndKindAndQuestionAndRemovedAtIsNullOrderByCreatedAt(caseId.value(), kind.slug(),
					Wording.slug(question))
			.stream()
			.filter(attachment -> visibleTo(attachment, me))
			.map(attachment -> view(attachment, me))
			.toList();
	}

	void caption(UUID id, String caption) {
		if (caption.length() > MAX_CAPTION) {
			throw new IllegalArgumentException("A caption is at most " + MAX_CAPTION + " characters");
		}
		mine(id).caption(caption.strip(), clock.instant());
	}

	void remove(UUID id) {
		var attachment = mine(id);
		attachment.getRenditions().forEach(rendition -> store.delete(rendition.storageKey()));
		attachment.remove(clock.instant());
		uploads.discard(new UploadId(id));
	}

	/**
	 * A rendition to serve: never the original, only to someone who may see the file.
	 * @throws CaseNotFoundException if the person is not linked to the file's case
	 */
	@Transactional(readOnly = true)
	Optional<Served> open(UUID id, String role) {
		var attachment = attachments.findById(id).filter(found -> !found.isRemoved());
		if (attachment.isEmpty()) {
			return Optional.empty();
		}
		var found = attachment.get();
		mayRecord(new CaseId(found.getCaseId()), ViewKind.fromSlug(found.getKind()).orElseThrow());
		if (!visibleTo(found, me())) {
			return Optional.empty();
		}
		return found.rendition(role).map(rendition -> {
			audit.info("read attachment={} rendition={} case={} by={}", id, role, found.getCaseId(), me());
			return new Served(store.open(rendition.storageKey()), rendition.contentType());
		});
	}

	private AttachmentEntity mine(UUID id) {
		UUID me = me();
		return attachments.findById(id)
			.filter(attachment -> !attachment.isRemoved() && attachment.getAddedBy().equals(me))
			.filter(attachment -> {
				mayRecord(new CaseId(attachment.getCaseId()), ViewKind.fromSlug(attachment.getKind()).orElseThrow());
				return true;
			})
			.orElseThrow(() -> new CaseNotFoundException(new CaseId(id)));
	}

	private CaseContext mayRecord(CaseId caseId, ViewKind kind) {
		CaseContext context = cases.context(caseId);
		if (!kind.mayBeRecordedBy(context.myRole())) {
			throw new CaseNotFoundException(caseId);
		}
		return context;
	}

	private static boolean visibleTo(AttachmentEntity attachment, UUID me) {
		return attachment.getKind().equals(ViewKind.ABOUT_ME.slug()) || attachment.getAddedBy().equals(me);
	}

	private AttachmentView view(AttachmentEntity attachment, UUID me) {
		return new AttachmentView(attachment.getId(), attachment.getStatus(), attachment.getMediaKind(),
				attachment.getCaption(), attachment.getDisplayFilename(), attachment.getRejection(),
				attachment.getRejectionArgument(), attachment.getProgressPercent(), attachment.getAddedBy().equals(me),
				people.displayName(new PersonId(attachment.getAddedBy())));
	}

	private UUID me() {
		return currentPerson.require().id().value();
	}

	record Served(Resource file, String contentType) {
	}

}
