package app.heard.views.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.CurrentPerson;
import app.heard.identity.SignedInPerson;
import app.heard.views.ViewKind;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the set of views the signed-in person works on, after the per-case check: the
 * child's About Me is one per review, a parent's or carer's views are one per person per
 * review.
 */
@Component
@Transactional
class ViewSets {

	private final CaseRecordService cases;

	private final ViewSetRepository sets;

	private final CurrentPerson currentPerson;

	private final AuditTrail audit;

	private final Clock clock;

	ViewSets(CaseRecordService cases, ViewSetRepository sets, CurrentPerson currentPerson, AuditTrail audit,
			Clock clock) {
		this.cases = cases;
		this.sets = sets;
		this.currentPerson = currentPerson;
		this.audit = audit;
		this.clock = clock;
	}

	/** The person's access to record this kind of views in the case's current review. */
	Access access(CaseId caseId, ViewKind kind) {
		CaseContext context = cases.context(caseId);
		if (!kind.mayBeRecordedIn(context)) {
			// Every views action comes through here: the one place a refusal by role or
			// permission is recorded
			audit.record(AuditEvent.denied(caseId.value(), AuditAction.EDIT, "views/" + kind.slug()));
			throw new AccessDeniedException(context.myRole() + " may not record " + kind);
		}
		UUID review = context.currentReview()
			.orElseThrow(() -> new IllegalStateException("No review in progress for case " + caseId))
			.value();
		SignedInPerson me = currentPerson.require();
		return new Access(context, kind, review, me, kind == ViewKind.ABOUT_ME ? null : me.id().value());
	}

	/** The set, created the first time anyone opens it. */
	ViewSetEntity setFor(Access access) {
		return sets.find(access.review(), access.kind(), access.owner()).orElseGet(() -> {
			sets.createIfAbsent(access.context().id().value(), access.review(), access.kind().name(), access.owner(),
					clock.instant());
			return sets.find(access.review(), access.kind(), access.owner()).orElseThrow();
		});
	}

	/**
	 * @param owner the parent or carer whose views these are; null for the child's About
	 * Me
	 */
	record Access(CaseContext context, ViewKind kind, UUID review, SignedInPerson person, UUID owner) {

		UUID caseId() {
			return context.id().value();
		}

	}

}
