package app.heard.caserecord.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.AccessRefused;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRole;
import app.heard.identity.CurrentPerson;
import app.heard.identity.PersonId;
import app.heard.statutory.YoungPersonAge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseAccess implements CaseAccessService {

	/**
	 * Who may end a helper's access themselves (DOMAIN: "can be removed by the family").
	 */
	private static final Set<CaseRole> FAMILY = EnumSet.of(CaseRole.PARENT_CARER, CaseRole.YOUNG_PERSON);

	private static final Set<CaseRole> HELPERS = EnumSet.of(CaseRole.ADVOCATE, CaseRole.DIAS_WORKER);

	private final CaseRepository cases;

	private final InvolvementRepository involvements;

	private final TeamRepository teams;

	private final CaseAccessPolicy policy;

	private final CurrentPerson currentPerson;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final HelperCommentRequestRepository commentRequests;

	private final Clock clock;

	CaseAccess(CaseRepository cases, InvolvementRepository involvements, TeamRepository teams, CaseAccessPolicy policy,
			CurrentPerson currentPerson, ApplicationEventPublisher events, AuditTrail audit,
			HelperCommentRequestRepository commentRequests, Clock clock) {
		this.commentRequests = commentRequests;
		this.cases = cases;
		this.involvements = involvements;
		this.teams = teams;
		this.policy = policy;
		this.currentPerson = currentPerson;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CoordinatedCase coordinated(CaseId id) {
		var linked = linked(id);
		if (linked.role() != CaseRole.CASE_COORDINATOR) {
			audit.record(AuditEvent.denied(id.value(), AuditAction.INVITE, "people"));
			throw new AccessDeniedException("Only the case's co-ordinators manage who has access");
		}
		var kase = linked.kase();
		return new CoordinatedCase(id, kase.childName(), kase.getChildDateOfBirth(),
				teams.findById(kase.getTeamId()).map(TeamEntity::getName).orElse(""));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Access> whoHasAccess(CaseId id) {
		var linked = linked(id);
		audit.record(CaseContext.audited(id, linked.role(), AuditAction.LIST, "people"));
		// Those who can see it today: a restriction or a young person's choice can bar an
		// involvement that is still current
		return involvements.findByCaseId(id.value())
			.stream()
			.filter(i -> policy.grants(linked.kase(), i, linked.today()))
			.map(i -> new Access(i.getId(), i.getDisplayName(), i.getRole(), i.getSince(),
					linked.me().value().equals(i.getPersonId()), mayEnd(linked, i),
					HELPERS.contains(i.getRole()) && policy.askedToComment(i)))
			.sorted(Comparator.comparing(Access::role).thenComparing(Access::displayName))
			.toList();
	}

	@Override
	public String linkFromInvitation(CaseId id, PersonId person, String displayName, CaseRole role,
			PersonId invitedBy) {
		var kase = cases.findById(id.value()).orElseThrow(() -> new CaseNotFoundException(id));
		LocalDate today = LocalDate.now(clock);
		if (role == CaseRole.YOUNG_PERSON && !YoungPersonAge.mayHaveOwnLogin(kase.getChildDateOfBirth(), today)) {
			throw new AccessRefused(AccessRefused.Reason.UNDER_SIXTEEN);
		}
		boolean involved = involvements.findByCaseId(id.value())
			.stream()
			.anyMatch(i -> person.value().equals(i.getPersonId()) && i.getEndedOn() == null);
		if (involved) {
			throw new AccessRefused(AccessRefused.Reason.ALREADY_INVOLVED);
		}
		var involvement = involvements
			.saveAndFlush(InvolvementEntity.fromPortal(id.value(), person.value(), displayName, role, today));
		events.publishEvent(new AccessChanged(id, AccessChanged.Kind.INVITATION_ACCEPTED, Optional.of(person.value()),
				Optional.of(involvement.getLaId()), role, Optional.empty(), clock.instant(), invitedBy.value()));
		audit.record(CaseContext.audited(id, role, AuditAction.INVITE, "people/" + involvement.getId()));
		return involvement.getLaId();
	}

	@Override
	public void endAccess(CaseId id, UUID involvementId) {
		var linked = linked(id);
		var involvement = involvements.findById(involvementId)
			.filter(i -> i.getCaseId().equals(id.value()) && i.activeOn(linked.today()))
			.orElseThrow(() -> refused(id, AuditAction.REMOVE, "people/" + involvementId));
		if (!mayEnd(linked, involvement)) {
			audit.record(AuditEvent.denied(id.value(), AuditAction.REMOVE, "people/" + involvementId));
			throw new AccessDeniedException("May not end this person's access");
		}
		involvement.end(linked.today());
		var kind = linked.role() == CaseRole.CASE_COORDINATOR ? AccessChanged.Kind.ACCESS_REMOVED
				: AccessChanged.Kind.ACCESS_ENDED_BY_FAMILY;
		events.publishEvent(new AccessChanged(id, kind, Optional.ofNullable(involvement.getPersonId()),
				Optional.of(involvement.getLaId()), involvement.getRole(), Optional.empty(), clock.instant(),
				linked.me().value()));
		audit.record(CaseContext.audited(id, linked.role(), AuditAction.REMOVE, "people/" + involvementId));
	}

	@Override
	public void askToComment(CaseId id, UUID helperInvolvementId, boolean asked) {
		var linked = linked(id);
		var helper = involvements.findById(helperInvolvementId)
			.filter(i -> i.getCaseId().equals(id.value()) && HELPERS.contains(i.getRole())
					&& policy.grants(linked.kase(), i, linked.today()))
			.orElseThrow(() -> refused(id, AuditAction.EDIT, "people/" + helperInvolvementId + "/comments"));
		String resource = "people/" + helperInvolvementId + "/comments";
		// The family's own choice: a co-ordinator, or the helper themselves, may not make
		// it
		if (!FAMILY.contains(linked.role())) {
			audit.record(AuditEvent.denied(id.value(), AuditAction.EDIT, resource));
			throw new AccessDeniedException("Only the family asks a helper to comment for them");
		}
		commentRequests.save(new HelperCommentRequestEntity(id.value(), helperInvolvementId, asked, clock.instant(),
				linked.me().value()));
		events.publishEvent(new AccessChanged(id, AccessChanged.Kind.HELPER_ASKED_TO_COMMENT,
				Optional.ofNullable(helper.getPersonId()), Optional.of(helper.getLaId()), helper.getRole(),
				Optional.of(Boolean.toString(asked)), clock.instant(), linked.me().value()));
		audit.record(CaseContext.audited(id, linked.role(), AuditAction.EDIT, resource));
	}

	/**
	 * No such access in this case, as far as this person may know: recorded, then not
	 * found.
	 */
	private CaseNotFoundException refused(CaseId id, AuditAction action, String resource) {
		audit.record(AuditEvent.denied(id.value(), action, resource));
		return new CaseNotFoundException(id);
	}

	private static boolean mayEnd(Linked linked, InvolvementEntity involvement) {
		if (linked.me().value().equals(involvement.getPersonId())) {
			return false;
		}
		if (linked.role() == CaseRole.CASE_COORDINATOR) {
			return true;
		}
		return FAMILY.contains(linked.role()) && HELPERS.contains(involvement.getRole());
	}

	private Linked linked(CaseId id) {
		PersonId me = currentPerson.require().id();
		LocalDate today = LocalDate.now(clock);
		var kase = cases.findById(id.value()).orElseThrow(() -> new CaseNotFoundException(id));
		var role = policy.roleIn(kase, me, today).orElseThrow(() -> {
			audit.record(AuditEvent.denied(id.value(), AuditAction.VIEW, "people"));
			return new CaseNotFoundException(id);
		});
		return new Linked(kase, role, me, today);
	}

	private record Linked(CaseEntity kase, CaseRole role, PersonId me, LocalDate today) {
	}

}
