package app.heard.caserecord.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseOverview.CurrentReview;
import app.heard.caserecord.CaseOverview.PersonWithAccess;
import app.heard.caserecord.CaseOverview;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.CaseSummary;
import app.heard.caserecord.DraftPlan;
import app.heard.caserecord.PlanOutcome;
import app.heard.caserecord.RestrictedField;
import app.heard.caserecord.ReviewId;
import app.heard.identity.CurrentPerson;
import app.heard.identity.PersonId;
import app.heard.statutory.KeyDate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CaseRecords implements CaseRecordService {

	/** The draft plan's section naming the school or setting. */
	private static final String SETTING_SECTION = "I";

	private final CaseRepository cases;

	private final InvolvementRepository involvements;

	private final TeamRepository teams;

	private final TeamMembershipRepository memberships;

	private final PlanRepository plans;

	private final CommentResponseRepository responses;

	private final CaseAccessPolicy access;

	private final CaseTimetables timetables;

	private final CurrentPerson currentPerson;

	private final AuditTrail audit;

	private final Clock clock;

	CaseRecords(CaseRepository cases, InvolvementRepository involvements, TeamRepository teams,
			TeamMembershipRepository memberships, PlanRepository plans, CommentResponseRepository responses,
			CaseAccessPolicy access, CaseTimetables timetables, CurrentPerson currentPerson, AuditTrail audit,
			Clock clock) {
		this.responses = responses;
		this.cases = cases;
		this.involvements = involvements;
		this.teams = teams;
		this.memberships = memberships;
		this.plans = plans;
		this.access = access;
		this.timetables = timetables;
		this.currentPerson = currentPerson;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<CaseSummary> myCases() {
		PersonId me = currentPerson.require().id();
		LocalDate today = LocalDate.now(clock);
		var myRoles = new LinkedHashMap<CaseEntity, CaseRole>();
		for (var involvement : involvements.findByPersonId(me.value())) {
			if (!involvement.activeOn(today)) {
				continue;
			}
			// The same check as opening the case: an involvement may grant nothing
			var kase = cases.findById(involvement.getCaseId());
			var role = kase.flatMap(c -> access.roleIn(c, me, today));
			if (role.isPresent()) {
				myRoles.put(kase.get(), role.get());
			}
			else {
				// Involved, but barred (a restriction, a young person's choice): left off
				audit.record(AuditEvent.denied(involvement.getCaseId(), AuditAction.LIST, "case"));
			}
		}
		for (var kase : cases.findByTeamIdIn(memberships.teamIdsOf(me.value()))) {
			myRoles.putIfAbsent(kase, CaseRole.CASE_COORDINATOR);
		}
		var summaries = new ArrayList<CaseSummary>();
		myRoles.forEach((kase, role) -> {
			var timetable = timetables.of(kase, today);
			Optional<KeyDate> next = timetable.keyDates()
				.stream()
				.filter(d -> d.status() != KeyDate.Status.DONE)
				.findFirst();
			var withheld = access.withheldFrom(kase, me, today);
			summaries.add(new CaseSummary(new CaseId(kase.getId()), kase.childName(),
					unless(withheld, RestrictedField.SETTING, kase.getSettingName()), role,
					timetable.current().map(ReviewEntity::getStage), next,
					timetable.keyDates().stream().anyMatch(KeyDate::isLate)));
		});
		// The list names each child: a read of each case, for "everyone who looked at it"
		summaries.forEach(summary -> audit
			.record(CaseContext.audited(summary.id(), summary.myRole(), AuditAction.LIST, "cases")));
		summaries.sort(Comparator.comparing((CaseSummary s) -> !s.anythingLate())
			.thenComparing(s -> s.nextDate().map(KeyDate::date).orElse(LocalDate.MAX))
			.thenComparing(CaseSummary::childName));
		return summaries;
	}

	@Override
	public CaseContext context(CaseId id) {
		var linked = linked(id);
		var timetable = timetables.of(linked.kase(), linked.today());
		Optional<LocalDate> viewsDue = timetable.keyDates()
			.stream()
			.filter(date -> date.kind() == KeyDate.Kind.VIEWS_DUE)
			.map(KeyDate::date)
			.findFirst();
		return new CaseContext(id, linked.kase().childName(), linked.access().role(), linked.access().permissions(),
				timetable.current().map(review -> new ReviewId(review.getId())), viewsDue,
				teams.findById(linked.kase().getTeamId()).map(TeamEntity::getName).orElse(""));
	}

	@Override
	public List<PlanOutcome> outcomesInPlan(CaseId id) {
		var kase = linked(id).kase();
		return plans.findByCaseId(kase.getId())
			.stream()
			.filter(plan -> plan.getKind() == PlanKind.FINAL && plan.getIssuedOn() != null)
			.max(Comparator.comparing(PlanEntity::getIssuedOn))
			.map(plan -> plan.getOutcomes().stream().map(OutcomeEntity::toPlanOutcome).toList())
			.orElse(List.of());
	}

	@Override
	public Optional<DraftPlan> draftPlan(CaseId id) {
		var linked = linked(id);
		var kase = linked.kase();
		var withheld = access.withheldFrom(kase, linked.me(), linked.today());
		var casePlans = plans.findByCaseId(kase.getId());
		Optional<LocalDate> lastFinal = casePlans.stream()
			.filter(plan -> plan.getKind() == PlanKind.FINAL && plan.getIssuedOn() != null)
			.map(PlanEntity::getIssuedOn)
			.max(Comparator.naturalOrder());
		return casePlans.stream()
			.filter(plan -> plan.getKind() == PlanKind.DRAFT && plan.getServedOn() != null)
			// A final plan issued on or after the draft replaces it
			.filter(plan -> lastFinal.filter(issued -> !issued.isBefore(plan.getServedOn())).isEmpty())
			.max(Comparator.comparing(PlanEntity::getServedOn).thenComparing(PlanEntity::getDraftNumber))
			.map(plan -> toDraft(id, plan, withheld.contains(RestrictedField.SETTING) ? kase.getSettingName() : null));
	}

	@Override
	public Map<UUID, DraftPlan.Response> commentResponses(CaseId id) {
		linked(id);
		var answered = new LinkedHashMap<UUID, DraftPlan.Response>();
		responses.findByCaseId(id.value())
			.forEach(response -> answered.put(response.getCommentId(), response.toResponse()));
		return answered;
	}

	/**
	 * @param withheldSetting the setting's name when a restriction keeps it from the
	 * person: section I, and any other section that names the setting, are left out
	 */
	private DraftPlan toDraft(CaseId id, PlanEntity plan, String withheldSetting) {
		var sections = new LinkedHashMap<String, String>();
		var withheld = new LinkedHashSet<String>();
		for (var section : plan.getSections()) {
			if (withheldSetting != null && (section.getCode().equals(SETTING_SECTION) || (!withheldSetting.isBlank()
					&& section.getContent() != null && section.getContent().contains(withheldSetting)))) {
				withheld.add(section.getCode());
			}
			else {
				sections.put(section.getCode(), section.getContent());
			}
		}
		if (withheldSetting != null) {
			// Withheld even when the LA sent no section I, so the page never says
			// "nothing here"
			withheld.add(SETTING_SECTION);
		}
		var answered = commentResponses(id);
		return new DraftPlan(plan.getId(), id, plan.getDraftNumber(), plan.getServedOn(), Map.copyOf(sections),
				plan.getOutcomes().stream().map(OutcomeEntity::toDraftOutcome).toList(), Map.copyOf(answered),
				withheld);
	}

	@Override
	public CaseOverview overview(CaseId id) {
		var linked = linked(id);
		var kase = linked.kase();
		var myRole = linked.access().role();
		LocalDate today = linked.today();
		PersonId me = linked.me();

		var withheld = access.withheldFrom(kase, me, today);
		// Meetings are usually held at the school or at home: the place would give either
		// away
		boolean placeWithheld = withheld.contains(RestrictedField.SETTING)
				|| withheld.contains(RestrictedField.ADDRESS);
		var timetable = timetables.of(kase, today);
		var review = timetable.current()
			.map(r -> new CurrentReview(r.getStage(), Optional.ofNullable(r.getMeetingAt()),
					Optional.ofNullable(placeWithheld ? null : r.getMeetingPlace())));
		var whoCanSee = involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> i.activeOn(today) && access.grants(kase, i, today))
			.map(i -> new PersonWithAccess(i.getDisplayName(), i.getRole(), i.getSince(),
					me.value().equals(i.getPersonId())))
			.sorted(Comparator.comparing(PersonWithAccess::role).thenComparing(PersonWithAccess::displayName))
			.toList();
		String teamName = teams.findById(kase.getTeamId()).map(TeamEntity::getName).orElse("");
		audit.record(CaseContext.audited(id, myRole, AuditAction.VIEW, "case"));
		withheld.forEach(field -> audit
			.record(AuditEvent.denied(id.value(), AuditAction.VIEW, "case/" + field.name().toLowerCase())));
		return new CaseOverview(id, kase.childName(), kase.childFullName(), kase.getChildYearGroup(),
				unless(withheld, RestrictedField.SETTING, kase.getSettingName()),
				unless(withheld, RestrictedField.ADDRESS, kase.getChildHomeAddress()),
				unless(withheld, RestrictedField.CONTACT_DETAILS, kase.getFamilyContact()), kase.needs(), myRole,
				timetable.planIssuedOn(), review, timetable.keyDates(), whoCanSee, teamName);
	}

	private static String unless(Set<RestrictedField> withheld, RestrictedField field, String value) {
		return withheld.contains(field) ? null : value;
	}

	/**
	 * The per-case check: the case, if the signed-in person is linked to it today;
	 * otherwise "not found". Every feature acting on a case comes through here, so this
	 * is where a refusal goes on the audit trail.
	 */
	private Linked linked(CaseId id) {
		PersonId me = currentPerson.require().id();
		LocalDate today = LocalDate.now(clock);
		var linked = cases.findById(id.value())
			.flatMap(kase -> access.accessIn(kase, me, today).map(granted -> new Linked(kase, granted, me, today)));
		if (linked.isEmpty()) {
			audit.record(AuditEvent.denied(id.value(), AuditAction.VIEW, "case"));
			throw new CaseNotFoundException(id);
		}
		return linked.get();
	}

	private record Linked(CaseEntity kase, CaseAccessPolicy.Access access, PersonId me, LocalDate today) {
	}

}
