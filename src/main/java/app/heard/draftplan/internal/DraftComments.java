package app.heard.draftplan.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.DraftPlan;
import app.heard.draftplan.CommentAlreadySentException;
import app.heard.draftplan.CommentConflictException;
import app.heard.draftplan.CommentsClosedException;
import app.heard.draftplan.CommentsSubmitted;
import app.heard.draftplan.DraftComment;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.DraftPlanPage;
import app.heard.draftplan.NoDraftPlanException;
import app.heard.draftplan.Target;
import app.heard.identity.CurrentPerson;
import app.heard.identity.SignedInPerson;
import app.heard.statutory.CommentWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DraftComments implements DraftPlanComments {

	static final int MAX_LENGTH = 50_000;

	private final CaseRecordService cases;

	private final DraftCommentRepository comments;

	private final WindowExtensionRepository extensions;

	private final CurrentPerson currentPerson;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final DraftPlanPdf pdfs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DraftComments(CaseRecordService cases, DraftCommentRepository comments, WindowExtensionRepository extensions,
			CurrentPerson currentPerson, AuditTrail audit, MessageSource messages, DraftPlanPdf pdfs, Clock clock,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.comments = comments;
		this.extensions = extensions;
		this.currentPerson = currentPerson;
		this.audit = audit;
		this.messages = messages;
		this.pdfs = pdfs;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public DraftPlanPage open(CaseId caseId) {
		var overview = cases.overview(caseId);
		var context = cases.context(caseId);
		var plan = cases.draftPlan(caseId).orElseThrow(NoDraftPlanException::new);
		var mine = new LinkedHashMap<Target, DraftComment>();
		comments.findByPlanIdAndAuthorPersonId(plan.id(), me().id().value())
			.forEach(comment -> mine.put(comment.target(), comment.toComment()));
		audit.record(context.audited(AuditAction.VIEW, "draft-plan"));
		// A restriction kept these from the person: on the trail as refused, as the
		// case's
		// withheld details are
		plan.withheld()
			.forEach(code -> audit.record(AuditEvent.denied(caseId.value(), AuditAction.VIEW,
					"draft-plan/section-" + code.toLowerCase(Locale.ROOT))));
		return new DraftPlanPage(overview.childName(), context.myRole(), plan, window(plan),
				CommentRights.mayComment(context), mine, overview.teamName());
	}

	@Override
	public long save(CaseId caseId, Target target, String text, long expectedVersion) {
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Comments are limited to " + MAX_LENGTH + " characters");
		}
		var writing = writing(caseId);
		if (!writing.plan().commentable(target)) {
			throw new IllegalArgumentException(target.slug() + " is not part of this draft");
		}
		UUID author = writing.person().id().value();
		UUID planId = writing.plan().plan().id();
		Instant now = clock.instant();
		boolean saved = expectedVersion == NEW
				? comments.insertFirst(caseId.value(), planId, author, writing.context().myRole().name(),
						target.kind().name(), target.ref(), text, now) == 1
				: comments.updateIfUnchanged(planId, author, target.kind().name(), target.ref(), text, now,
						expectedVersion) == 1;
		if (!saved) {
			var theirs = comments.find(planId, author, target.kind(), target.ref()).orElseThrow();
			if (theirs.sent()) {
				throw new CommentAlreadySentException(target);
			}
			throw new CommentConflictException(theirs.getText(), theirs.getVersion());
		}
		audit.record(writing.context().audited(AuditAction.COMMENT, "draft-plan/" + target.slug()));
		return expectedVersion + 1;
	}

	@Override
	public Optional<Instant> submit(CaseId caseId) {
		var writing = writing(caseId);
		UUID author = writing.person().id().value();
		UUID planId = writing.plan().plan().id();
		var toSend = comments.findByPlanIdAndAuthorPersonId(planId, author)
			.stream()
			.filter(comment -> !comment.sent() && !comment.getText().isBlank())
			.toList();
		if (toSend.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		comments.send(planId, author, now, attribution(writing.person(), writing.context().myRole()));
		audit.record(writing.context().audited(AuditAction.SUBMIT, "draft-plan/comments"));
		events.publishEvent(new CommentsSubmitted(caseId, planId, writing.person().id(),
				toSend.stream().map(DraftCommentEntity::getId).toList(),
				toSend.stream().anyMatch(comment -> comment.target().kind() == Target.Kind.NAMED_SETTING),
				toSend.stream().anyMatch(comment -> comment.target().kind() == Target.Kind.MEETING), now));
		return Optional.of(now);
	}

	@Override
	public void extendWindow(CaseId caseId, LocalDate lastDay) {
		var context = cases.context(caseId);
		if (!CommentRights.mayExtend(context)) {
			audit.record(AuditEvent.denied(caseId.value(), AuditAction.EDIT, "draft-plan/window"));
			throw new AccessDeniedException("Only the case co-ordinator can give more time");
		}
		var plan = cases.draftPlan(caseId).orElseThrow(NoDraftPlanException::new);
		// Refuses a day on or before the regulations' last day
		CommentWindow.servedOn(plan.servedOn()).extendTo(lastDay);
		var extension = extensions.findById(plan.id()).orElseGet(() -> new WindowExtensionEntity(plan.id()));
		extension.extend(lastDay, me().id().value(), clock.instant());
		extensions.save(extension);
		audit.record(context.audited(AuditAction.EDIT, "draft-plan/window"));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(CaseId caseId) {
		var page = open(caseId);
		// On the family's behalf for their advocate or DiAS worker, as every other read
		audit.record(CaseContext.audited(caseId, page.myRole(), AuditAction.DOWNLOAD, "draft-plan/pdf"));
		return pdfs.render(page);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Answered> sentComments(CaseId caseId) {
		var context = cases.context(caseId);
		var responses = cases.commentResponses(caseId);
		var me = currentPerson.require().id().value();
		audit.record(context.audited(AuditAction.VIEW, "draft-plan/responses"));
		return comments.findByCaseIdAndAuthorPersonIdAndSubmittedAtNotNullOrderBySubmittedAtDesc(caseId.value(), me)
			.stream()
			.map(comment -> new Answered(comment.toComment(), Optional.ofNullable(responses.get(comment.getId()))))
			.toList();
	}

	private CommentWindow window(DraftPlan plan) {
		var window = CommentWindow.servedOn(plan.servedOn());
		return extensions.findById(plan.id()).map(extension -> window.extendTo(extension.getLastDay())).orElse(window);
	}

	/** The checks before any write: linked, may comment, window open. */
	private Writing writing(CaseId caseId) {
		var context = cases.context(caseId);
		if (!CommentRights.mayComment(context)) {
			audit.record(AuditEvent.denied(caseId.value(), AuditAction.COMMENT, "draft-plan"));
			throw new AccessDeniedException("This person may not comment on the draft plan");
		}
		var plan = cases.draftPlan(caseId).orElseThrow(NoDraftPlanException::new);
		var window = window(plan);
		if (!window.isOpen(clock)) {
			throw new CommentsClosedException(window.lastDay());
		}
		return new Writing(context, new Commentable(plan), me());
	}

	private SignedInPerson me() {
		return currentPerson.require();
	}

	/** Views' attribution sentences, so a comment is attributed like the views were. */
	private String attribution(SignedInPerson person, CaseRole role) {
		return switch (role) {
			case PARENT_CARER -> text("attribution.parent", person.displayName());
			case YOUNG_PERSON -> text("draft-plan.attribution.young-person", person.displayName());
			default -> text("attribution.for-family", person.displayName(),
					text("attribution.role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		};
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.UK);
	}

	private record Writing(CaseContext context, Commentable plan, SignedInPerson person) {
	}

}
