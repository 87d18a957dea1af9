package app.heard.caserecord.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.Restriction;
import app.heard.caserecord.RestrictionReason;
import app.heard.caserecord.RestrictionScope;
import app.heard.caserecord.RestrictionService;
import app.heard.identity.CurrentPerson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Restrictions implements RestrictionService {

	private final CaseRecordService cases;

	private final InvolvementRepository involvements;

	private final RestrictionRepository restrictions;

	private final CurrentPerson currentPerson;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Restrictions(CaseRecordService cases, InvolvementRepository involvements, RestrictionRepository restrictions,
			CurrentPerson currentPerson, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.involvements = involvements;
		this.restrictions = restrictions;
		this.currentPerson = currentPerson;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CaseRestrictions of(CaseId caseId) {
		var context = coordinatorOf(caseId, AuditAction.VIEW);
		LocalDate today = LocalDate.now(clock);
		Map<UUID, InvolvementEntity> people = involvements.findByCaseId(caseId.value())
			.stream()
			.collect(Collectors.toMap(InvolvementEntity::getId, Function.identity()));
		var restrictable = people.values()
			.stream()
			.filter(i -> i.activeOn(today) && i.getRole() != CaseRole.CASE_COORDINATOR)
			.sorted(Comparator.comparing(InvolvementEntity::getDisplayName))
			.map(i -> new InvolvedPerson(i.getId(), i.getDisplayName(), i.getRole()))
			.toList();
		var all = restrictions.findByCaseId(caseId.value())
			.stream()
			.map(r -> view(r, people.get(r.getInvolvementId())))
			.sorted(Comparator.comparing((Restriction r) -> !r.active())
				.thenComparing(Restriction::recordedAt, Comparator.reverseOrder()))
			.toList();
		audit.record(AuditEvent.allowed(caseId.value(), context.myRole().name(), AuditAction.VIEW, "restrictions"));
		return new CaseRestrictions(context.childName(), restrictable, all);
	}

	@Override
	public UUID record(CaseId caseId, UUID person, RestrictionReason reason, RestrictionScope scope) {
		var context = coordinatorOf(caseId, AuditAction.RESTRICT);
		var involvement = involvements.findById(person)
			.filter(i -> i.getCaseId().equals(caseId.value()) && i.getRole() != CaseRole.CASE_COORDINATOR)
			.orElseThrow(() -> new IllegalArgumentException("No one involved in case " + caseId + " as " + person));
		var me = currentPerson.require();
		var now = clock.instant();
		var restriction = restrictions.save(RestrictionEntity.recorded(caseId.value(), involvement.getId(), reason,
				scope, me.id().value(), me.displayName(), now));
		audit.record(AuditEvent.allowed(caseId.value(), context.myRole().name(), AuditAction.RESTRICT,
				"restrictions/" + restriction.getId()));
		events.publishEvent(changed(caseId, AccessChanged.Kind.RESTRICTION_RECORDED, involvement,
				reason + ":" + describe(scope), me.id().value()));
		return restriction.getId();
	}

	@Override
	public void lift(CaseId caseId, UUID restrictionId) {
		var context = coordinatorOf(caseId, AuditAction.RESTRICT);
		var restriction = restrictions.findById(restrictionId)
			.filter(r -> r.getCaseId().equals(caseId.value()))
			.orElseThrow(() -> new IllegalArgumentException("No restriction " + restrictionId + " in " + caseId));
		var me = currentPerson.require();
		restriction.lift(me.id().value(), me.displayName(), clock.instant());
		audit.record(AuditEvent.allowed(caseId.value(), context.myRole().name(), AuditAction.RESTRICT,
				"restrictions/" + restrictionId + "/lifted"));
		var involvement = involvements.findById(restriction.getInvolvementId()).orElseThrow();
		events.publishEvent(changed(caseId, AccessChanged.Kind.RESTRICTION_LIFTED, involvement,
				restriction.getReason() + ":" + describe(restriction.scope()), me.id().value()));
	}

	/**
	 * Only the case's co-ordinator: anyone else linked to the case (a parent trying to
	 * restrict the other) is refused, and the refusal goes on the trail.
	 */
	private CaseContext coordinatorOf(CaseId caseId, AuditAction action) {
		CaseContext context = cases.context(caseId);
		if (context.myRole() != CaseRole.CASE_COORDINATOR) {
			audit.record(AuditEvent.denied(caseId.value(), action, "restrictions"));
			throw new AccessDeniedException("Only the case's co-ordinator records restrictions");
		}
		return context;
	}

	private AccessChanged changed(CaseId caseId, AccessChanged.Kind kind, InvolvementEntity involvement, String detail,
			UUID by) {
		return new AccessChanged(caseId, kind, Optional.ofNullable(involvement.getPersonId()),
				Optional.of(involvement.getLaId()), involvement.getRole(), Optional.of(detail), clock.instant(), by);
	}

	/** For the LA: NO_ACCESS, or the hidden fields, e.g. ADDRESS,SETTING. */
	private static String describe(RestrictionScope scope) {
		return scope.noAccess() ? "NO_ACCESS"
				: scope.hidden().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static Restriction view(RestrictionEntity r, InvolvementEntity person) {
		return new Restriction(r.getId(), r.getInvolvementId(), person.getDisplayName(), person.getRole(),
				r.getReason(), r.scope(), r.getSource(), r.getRecordedByName(), r.getRecordedAt(),
				Optional.ofNullable(r.getLiftedAt()), Optional.ofNullable(r.getLiftedByName()));
	}

}
