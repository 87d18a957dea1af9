package app.heard.caserecord.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.LegalBasis;
import app.heard.caserecord.ParentAccess;
import app.heard.caserecord.YoungPersonDecision;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.caserecord.internal.ParentAccessChoiceEntity.ChosenAs;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.statutory.CompulsorySchoolAge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Handovers implements YoungPersonHandover {

	private final CaseRepository cases;

	private final InvolvementRepository involvements;

	private final TeamMembershipRepository memberships;

	private final ParentAccessChoiceRepository choices;

	private final CaseAccessPolicy access;

	private final Capacities capacities;

	private final CurrentPerson currentPerson;

	private final People people;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	Handovers(CaseRepository cases, InvolvementRepository involvements, TeamMembershipRepository memberships,
			ParentAccessChoiceRepository choices, CaseAccessPolicy access, Capacities capacities,
			CurrentPerson currentPerson, People people, ApplicationEventPublisher events, AuditTrail audit,
			Clock clock) {
		this.cases = cases;
		this.involvements = involvements;
		this.memberships = memberships;
		this.choices = choices;
		this.access = access;
		this.capacities = capacities;
		this.currentPerson = currentPerson;
		this.people = people;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseId> waitingForMe() {
		UUID me = currentPerson.require().id().value();
		LocalDate today = LocalDate.now(clock);
		return involvements.findByPersonId(me)
			.stream()
			.filter(i -> i.getRole() == CaseRole.YOUNG_PERSON && i.activeOn(today))
			.map(i -> cases.findById(i.getCaseId()).orElseThrow())
			.filter(kase -> decides(kase, today)
					&& capacities.alternativeFor(kase, YoungPersonDecision.WHO_CAN_SEE).isEmpty())
			.filter(kase -> parentsOf(kase, null, today).anyMatch(
					parent -> choices.findFirstByParentInvolvementIdOrderByChosenAtDesc(parent.getId()).isEmpty()))
			.map(kase -> new CaseId(kase.getId()))
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean tooYoungForOwnLogin() {
		UUID me = currentPerson.require().id().value();
		LocalDate today = LocalDate.now(clock);
		return involvements.findByPersonId(me)
			.stream()
			.filter(i -> i.getRole() == CaseRole.YOUNG_PERSON && i.activeOn(today))
			.map(i -> cases.findById(i.getCaseId()).orElseThrow())
			.anyMatch(kase -> CaseAccessPolicy.ownLoginFrom(kase).map(today::isBefore).orElse(true));
	}

	@Override
	@Transactional(readOnly = true)
	public Choices choices(CaseId id) {
		var decider = decider(id);
		var kase = decider.kase();
		var parents = parentsOf(kase, decider.involvement(), decider.today()).map(parent -> {
			var choice = choices.findFirstByParentInvolvementIdOrderByChosenAtDesc(parent.getId());
			return new ParentChoice(parent.getId(), parent.getDisplayName(),
					choice.map(ParentAccessChoiceEntity::getAccess), choice.map(ParentAccessChoiceEntity::getChosenAt),
					choice.map(c -> people.displayName(new PersonId(c.getChosenBy()))));
		}).sorted(Comparator.comparing(ParentChoice::name)).toList();
		audit.record(AuditEvent.allowed(kase.getId(), decider.involvement().getRole().name(), AuditAction.VIEW,
				"access/parents"));
		Optional<String> forYoungPerson = decider.as() == ChosenAs.ALTERNATIVE_PERSON ? Optional.of(kase.childName())
				: Optional.empty();
		return new Choices(id, kase.childName(), forYoungPerson, parents);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean iDecideWhoCanSee(CaseId id) {
		try {
			decider(id);
			return true;
		}
		catch (AccessDeniedException | CaseNotFoundException ex) {
			return false;
		}
	}

	@Override
	public void choose(CaseId id, UUID parent, ParentAccess chosen) {
		var decider = decider(id);
		var kase = decider.kase();
		var involvement = parentsOf(kase, decider.involvement(), decider.today()).filter(p -> p.getId().equals(parent))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No parent " + parent + " in case " + id));
		var now = clock.instant();
		UUID me = decider.involvement().getPersonId();
		choices.save(new ParentAccessChoiceEntity(kase.getId(), parent, chosen, now, me, decider.as()));
		events.publishEvent(new AccessChanged(id, AccessChanged.Kind.HANDOVER_CHOICE,
				Optional.ofNullable(involvement.getPersonId()), Optional.of(involvement.getLaId()),
				CaseRole.PARENT_CARER, Optional.of(chosen.name()), now, me));
		var event = AuditEvent.allowed(kase.getId(), decider.involvement().getRole().name(), AuditAction.EDIT,
				"access/parents/" + parent);
		audit.record(decider.as() == ChosenAs.ALTERNATIVE_PERSON ? event.onBehalfOf("young-person") : event);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<CaseId, LocalDate> ownLoginsToOffer() {
		UUID me = currentPerson.require().id().value();
		LocalDate today = LocalDate.now(clock);
		var offers = new LinkedHashMap<CaseId, LocalDate>();
		for (var kase : cases.findByTeamIdIn(memberships.teamIdsOf(me))) {
			CaseAccessPolicy.ownLoginFrom(kase)
				.filter(sixteenth -> !today.isBefore(sixteenth))
				.filter(sixteenth -> involvements.findByCaseId(kase.getId())
					.stream()
					.noneMatch(
							i -> i.getRole() == CaseRole.YOUNG_PERSON && i.activeOn(today) && i.getPersonId() != null))
				.ifPresent(sixteenth -> offers.put(new CaseId(kase.getId()), sixteenth));
		}
		return offers;
	}

	@Override
	public void recordLackOfCapacity(CaseId id, YoungPersonDecision decision, UUID alternative, LegalBasis basis) {
		capacities.record(coordinated(id), decision, alternative, basis);
	}

	@Override
	@Transactional(readOnly = true)
	public Capacity capacity(CaseId id) {
		return capacities.of(coordinated(id));
	}

	/** The case, if the signed-in person co-ordinates it. */
	private CaseEntity coordinated(CaseId id) {
		var kase = cases.findById(id.value()).orElseThrow(() -> new CaseNotFoundException(id));
		var granted = access.accessIn(kase, currentPerson.require().id(), LocalDate.now(clock))
			.orElseThrow(() -> new CaseNotFoundException(id));
		if (granted.role() != CaseRole.CASE_COORDINATOR) {
			audit.record(AuditEvent.denied(kase.getId(), AuditAction.EDIT, "capacity"));
			throw new AccessDeniedException("Only the case's co-ordinators record capacity");
		}
		return kase;
	}

	/**
	 * Who decides who can see the case: the young person from the end of compulsory
	 * school age, or the alternative person recorded for that decision.
	 */
	private Decider decider(CaseId id) {
		var me = currentPerson.require().id();
		LocalDate today = LocalDate.now(clock);
		var kase = cases.findById(id.value()).orElseThrow(() -> new CaseNotFoundException(id));
		access.accessIn(kase, me, today).orElseThrow(() -> new CaseNotFoundException(id));
		var mine = involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> me.value().equals(i.getPersonId()) && i.activeOn(today))
			.findFirst();
		if (mine.isPresent() && decides(kase, today)) {
			var alternative = capacities.alternativeFor(kase, YoungPersonDecision.WHO_CAN_SEE);
			if (alternative.isEmpty() && mine.get().getRole() == CaseRole.YOUNG_PERSON) {
				return new Decider(kase, mine.get(), ChosenAs.YOUNG_PERSON, today);
			}
			if (alternative.filter(a -> a.equals(mine.get().getId())).isPresent()) {
				return new Decider(kase, mine.get(), ChosenAs.ALTERNATIVE_PERSON, today);
			}
		}
		audit.record(AuditEvent.denied(kase.getId(), AuditAction.EDIT, "access/parents"));
		throw new AccessDeniedException("The signed-in person does not decide who can see case " + id);
	}

	private static boolean decides(CaseEntity kase, LocalDate today) {
		return kase.getChildDateOfBirth() != null && CompulsorySchoolAge.isOver(kase.getChildDateOfBirth(), today);
	}

	/** The parents with access today, other than the person deciding. */
	private Stream<InvolvementEntity> parentsOf(CaseEntity kase, InvolvementEntity decider, LocalDate today) {
		return involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> i.getRole() == CaseRole.PARENT_CARER && i.activeOn(today)
					&& (decider == null || !i.getId().equals(decider.getId())));
	}

	private record Decider(CaseEntity kase, InvolvementEntity involvement, ChosenAs as, LocalDate today) {
	}

}
