package app.heard.caserecord.internal;

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
import app.heard.caserecord.PlanOutcome;
import app.heard.caserecord.ReviewId;
import app.heard.identity.CurrentPerson;
import app.heard.identity.PersonId;
import app.heard.statutory.KeyDate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CaseRecords implements CaseRecordService {

	private final CaseRepository cases;

	private final InvolvementRepository involvements;

	private final TeamRepository teams;

	private final TeamMembershipRepository memberships;

	private final PlanRepository plans;

	private final CaseAccessPolicy access;

	private final CaseTimetables timetables;

	private final CurrentPerson currentPerson;

	private final Clock clock;

	CaseRecords(CaseRepository cases, InvolvementRepository involvements, TeamRepository teams,
			TeamMembershipRepository memberships, PlanRepository plans, CaseAccessPolicy access,
			CaseTimetables timetables, CurrentPerson currentPerson, Clock clock) {
		this.cases = cases;
		this.involvements = involvements;
		this.teams = teams;
		this.memberships = memberships;
		this.plans = plans;
		this.access = access;
		this.timetables = timetables;
		this.currentPerson = currentPerson;
		this.clock = clock;
	}

	@Override
	public List<CaseSummary> myCases() {
		PersonId me = currentPerson.require().id();
		LocalDate today = LocalDate.now(clock);
		var myRoles = new LinkedHashMap<CaseEntity, CaseRole>();
		for (var involvement : involvements.findByPersonId(me.value())) {
			if (involvement.activeOn(today)) {
				// The same check as opening the case: an involvement may grant nothing
				cases.findById(involvement.getCaseId())
					.ifPresent(c -> access.roleIn(c, me, today).ifPresent(role -> myRoles.put(c, role)));
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
			summaries.add(new CaseSummary(new CaseId(kase.getId()), kase.childName(), kase.getSettingName(), role,
					timetable.current().map(ReviewEntity::getStage), next,
					timetable.keyDates().stream().anyMatch(KeyDate::isLate)));
		});
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
				timetable.current().map(review -> new ReviewId(review.getId())), viewsDue);
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
	public CaseOverview overview(CaseId id) {
		var linked = linked(id);
		var kase = linked.kase();
		var myRole = linked.access().role();
		LocalDate today = linked.today();
		PersonId me = linked.me();

		var timetable = timetables.of(kase, today);
		var review = timetable.current()
			.map(r -> new CurrentReview(r.getStage(), Optional.ofNullable(r.getMeetingAt()),
					Optional.ofNullable(r.getMeetingPlace())));
		var whoCanSee = involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> i.activeOn(today) && access.grants(kase, i, today))
			.map(i -> new PersonWithAccess(i.getDisplayName(), i.getRole(), i.getSince(),
					me.value().equals(i.getPersonId())))
			.sorted(Comparator.comparing(PersonWithAccess::role).thenComparing(PersonWithAccess::displayName))
			.toList();
		String teamName = teams.findById(kase.getTeamId()).map(TeamEntity::getName).orElse("");
		return new CaseOverview(id, kase.childName(), kase.childFullName(), kase.getChildYearGroup(),
				kase.getSettingName(), myRole, timetable.planIssuedOn(), review, timetable.keyDates(), whoCanSee,
				teamName);
	}

	/**
	 * The per-case check: the case, if the signed-in person is linked to it today;
	 * otherwise "not found".
	 */
	private Linked linked(CaseId id) {
		PersonId me = currentPerson.require().id();
		LocalDate today = LocalDate.now(clock);
		var kase = cases.findById(id.value()).orElseThrow(() -> new CaseNotFoundException(id));
		var granted = access.accessIn(kase, me, today).orElseThrow(() -> new CaseNotFoundException(id));
		return new Linked(kase, granted, me, today);
	}

	private record Linked(CaseEntity kase, CaseAccessPolicy.Access access, PersonId me, LocalDate today) {
	}

}
