package app.heard.caserecord.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.LegalBasis;
import app.heard.caserecord.YoungPersonDecision;
import app.heard.caserecord.YoungPersonHandover.Capacity;
import app.heard.caserecord.YoungPersonHandover.CapacityRecord;
import app.heard.caserecord.YoungPersonHandover.Person;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young person's capacity, decision by decision: who acts for them in a decision the
 * co-ordinator has recorded they lack capacity for. Nothing here widens anyone's access
 * in general; {@link Handovers} asks it about one decision at a time.
 */
@Component
@Transactional
class Capacities {

	private final CapacityDecisionRepository decisions;

	private final InvolvementRepository involvements;

	private final CurrentPerson currentPerson;

	private final People people;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	Capacities(CapacityDecisionRepository decisions, InvolvementRepository involvements, CurrentPerson currentPerson,
			People people, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.decisions = decisions;
		this.involvements = involvements;
		this.currentPerson = currentPerson;
		this.people = people;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The involvement of the person who acts for the young person in this decision. */
	@Transactional(readOnly = true)
	Optional<UUID> alternativeFor(CaseEntity kase, YoungPersonDecision decision) {
		return decisions.findFirstByCaseIdAndDecisionOrderByRecordedAtDesc(kase.getId(), decision)
			.map(CapacityDecisionEntity::getAlternativeInvolvementId);
	}

	void record(CaseEntity kase, YoungPersonDecision decision, UUID alternative, LegalBasis basis) {
		LocalDate today = LocalDate.now(clock);
		var person = involvements.findById(alternative)
			.filter(i -> i.getCaseId().equals(kase.getId()) && i.activeOn(today)
					&& i.getRole() != CaseRole.YOUNG_PERSON)
			.orElseThrow(() -> new IllegalArgumentException("No one " + alternative + " involved in this case"));
		var now = clock.instant();
		UUID me = currentPerson.require().id().value();
		decisions.save(new CapacityDecisionEntity(kase.getId(), decision, alternative, basis, now, me));
		events.publishEvent(new AccessChanged(new CaseId(kase.getId()), AccessChanged.Kind.CAPACITY_RECORDED,
				Optional.ofNullable(person.getPersonId()), Optional.of(person.getLaId()), person.getRole(),
				Optional.of(decision.name() + ":" + basis.name()), now, me));
		audit.record(AuditEvent.allowed(kase.getId(), CaseRole.CASE_COORDINATOR.name(), AuditAction.EDIT,
				"capacity/" + decision.name()));
	}

	@Transactional(readOnly = true)
	Capacity of(CaseEntity kase) {
		LocalDate today = LocalDate.now(clock);
		var candidates = involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> i.activeOn(today) && i.getRole() != CaseRole.YOUNG_PERSON)
			.map(i -> new Person(i.getId(), i.getDisplayName(), i.getRole()))
			.sorted(Comparator.comparing(Person::name))
			.toList();
		var records = decisions.findByCaseIdOrderByRecordedAtDesc(kase.getId())
			.stream()
			.map(d -> new CapacityRecord(d.getDecision(),
					involvements.findById(d.getAlternativeInvolvementId())
						.map(InvolvementEntity::getDisplayName)
						.orElse(""),
					d.getLegalBasis(), d.getRecordedAt(), people.displayName(new PersonId(d.getRecordedBy()))))
			.toList();
		audit.record(AuditEvent.allowed(kase.getId(), CaseRole.CASE_COORDINATOR.name(), AuditAction.VIEW, "capacity"));
		return new Capacity(kase.childName(), candidates, records);
	}

}
