package app.heard.caserecord.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.CommentAnswered;
import app.heard.caserecord.DraftPlanServed;
import app.heard.caserecord.ReviewId;
import app.heard.caserecord.ReviewMeetingArranged;
import app.heard.identity.PersonId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseRecordImports implements CaseRecordImporter {

	private static final Logger log = LoggerFactory.getLogger(CaseRecordImports.class);

	private final TeamRepository teams;

	private final TeamMembershipRepository memberships;

	private final CaseRepository cases;

	private final PlanRepository plans;

	private final ReviewRepository reviews;

	private final InvolvementRepository involvements;

	private final CommentResponseRepository responses;

	private final RestrictionRepository restrictions;

	private final ApplicationEventPublisher events;

	CaseRecordImports(TeamRepository teams, TeamMembershipRepository memberships, CaseRepository cases,
			PlanRepository plans, ReviewRepository reviews, InvolvementRepository involvements,
			CommentResponseRepository responses, RestrictionRepository restrictions, ApplicationEventPublisher events) {
		this.events = events;
		this.responses = responses;
		this.restrictions = restrictions;
		this.teams = teams;
		this.memberships = memberships;
		this.cases = cases;
		this.plans = plans;
		this.reviews = reviews;
		this.involvements = involvements;
	}

	@Override
	@Transactional(readOnly = true)
	public ReviewId review(String reviewLaId) {
		return reviews.findByLaId(reviewLaId)
			.map(review -> new ReviewId(review.getId()))
			.orElseThrow(() -> new IllegalArgumentException("No review " + reviewLaId));
	}

	/**
	 * Everything the snapshot names is looked up first, one query per kind of row, and
	 * only new rows are saved (persisted, with no merge's look-up before each); changes
	 * to rows already held are written by Hibernate's dirty checking at commit, in JDBC
	 * batches (application.properties). A new case of 10 outcomes and 5 people then costs
	 * about a dozen round trips to the database instead of about fifty (counted from the
	 * statements, decision 0016).
	 */
	@Override
	public CaseId apply(CaseSnapshot snapshot) {
		var team = teams.findByLaId(snapshot.team().laId()).orElseGet(() -> new TeamEntity(snapshot.team().laId()));
		var kase = cases.findByLaId(snapshot.laId()).orElseGet(() -> new CaseEntity(snapshot.laId()));
		var heldPlans = byLaId(held(laIds(snapshot.plans(), CaseSnapshot.Plan::laId), plans::findByLaIdIn));
		var heldReviews = byLaId(held(laIds(snapshot.reviews(), CaseSnapshot.Review::laId), reviews::findByLaIdIn));
		var heldPeople = byLaId(
				held(laIds(snapshot.people(), CaseSnapshot.Involvement::laId), involvements::findByLaIdIn));

		team.apply(snapshot.team().laVersion(), snapshot.team().name());
		saveIfNew(teams, team);
		if (kase.apply(snapshot, team.getId()) && kase.getSen2Problems() != null) {
			// Kept as sent and listed on the LA sync page; the sentences name no
			// identifier
			log.warn("Case {} from the LA: {}", snapshot.laId(), kase.getSen2Problems().replace('\n', ';'));
		}
		saveIfNew(cases, kase);
		var caseId = kase.getId();

		var served = new ArrayList<DraftPlanServed>();
		for (var plan : snapshot.plans()) {
			var entity = heldPlans.computeIfAbsent(plan.laId(), laId -> new PlanEntity(laId, caseId));
			var servedBefore = entity.getServedOn();
			if (entity.apply(plan)) {
				saveIfNew(plans, entity);
				if (plan.kind() == PlanKind.DRAFT && plan.servedOn() != null && !plan.servedOn().equals(servedBefore)) {
					served.add(new DraftPlanServed(new CaseId(caseId), entity.getId(), plan.servedOn()));
				}
			}
		}
		var meetings = new ArrayList<ReviewMeetingArranged>();
		for (var review : snapshot.reviews()) {
			var entity = heldReviews.computeIfAbsent(review.laId(), laId -> new ReviewEntity(laId, caseId));
			var meetingBefore = entity.getMeetingAt();
			if (entity.apply(review)) {
				saveIfNew(reviews, entity);
				if (review.meetingAt() != null && !review.meetingAt().equals(meetingBefore)) {
					meetings.add(new ReviewMeetingArranged(new CaseId(caseId), new ReviewId(entity.getId()),
							review.meetingAt()));
				}
			}
		}
		for (var person : snapshot.people()) {
			var entity = heldPeople.computeIfAbsent(person.laId(), laId -> new InvolvementEntity(laId, caseId));
			if (entity.apply(person)) {
				saveIfNew(involvements, entity);
			}
		}
		for (var response : snapshot.commentResponses()) {
			var entity = responses.findByCommentId(response.commentId())
				.orElseGet(() -> new CommentResponseEntity(response.commentId(), caseId));
			if (entity.apply(response)) {
				saveIfNew(responses, entity);
				events.publishEvent(new CommentAnswered(new CaseId(caseId), response.commentId()));
			}
		}
		// Only the LA's own restrictions are touched: one recorded in the portal stays
		// until the portal lifts it, and the LA's stay until the LA lifts them
		for (var restriction : snapshot.restrictions()) {
			var involvement = Optional.ofNullable(heldPeople.get(restriction.involvementLaId()))
				.or(() -> involvements.findByLaId(restriction.involvementLaId()))
				.filter(found -> found.getCaseId().equals(caseId))
				.orElseThrow(() -> new IllegalArgumentException(
						"Restriction " + restriction.laId() + " names no one involved in " + snapshot.laId()));
			var entity = restrictions.findByLaId(restriction.laId())
				.orElseGet(() -> RestrictionEntity.fromLa(restriction.laId(), caseId));
			if (entity.apply(restriction, involvement.getId())) {
				restrictions.save(entity);
			}
		}
		// Told once everyone involved is applied, so the right people are told
		served.forEach(events::publishEvent);
		meetings.forEach(events::publishEvent);
		return new CaseId(caseId);
	}

	private static <T> List<String> laIds(List<T> items, Function<T, String> laId) {
		return items.stream().map(laId).toList();
	}

	/** The rows with these LA ids, in one query; none asked, none read. */
	private static <T> List<T> held(List<String> laIds, Function<List<String>, List<T>> query) {
		return laIds.isEmpty() ? List.of() : query.apply(laIds);
	}

	private static <T extends LaMirroredEntity> Map<String, T> byLaId(List<T> held) {
		var map = new HashMap<String, T>();
		held.forEach(entity -> map.put(entity.getLaId(), entity));
		return map;
	}

	/**
	 * A row read in this transaction is managed: its changes are written at commit
	 * without a save. Only a new one needs one.
	 */
	private static <T extends LaMirroredEntity> void saveIfNew(CrudRepository<T, UUID> repository, T entity) {
		if (entity.isNew()) {
			repository.save(entity);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> sen2Problems() {
		var problems = new TreeMap<String, String>();
		cases.findBySen2ProblemsIsNotNull()
			.forEach(kase -> problems.put(kase.getLaId(), kase.getSen2Problems().replace("\n", "; ")));
		return problems;
	}

	@Override
	public void linkPerson(String involvementLaId, PersonId person) {
		var involvement = involvements.findByLaId(involvementLaId)
			.orElseThrow(() -> new IllegalArgumentException("No involvement " + involvementLaId));
		involvement.linkTo(person.value());
	}

	@Override
	public void addTeamMember(String teamLaId, PersonId person) {
		var team = teams.findByLaId(teamLaId).orElseThrow(() -> new IllegalArgumentException("No team " + teamLaId));
		if (!memberships.existsByTeamIdAndPersonId(team.getId(), person.value())) {
			memberships.save(new TeamMembershipEntity(team.getId(), person.value()));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseId> caseId(String caseLaId) {
		return cases.findByLaId(caseLaId).map(kase -> new CaseId(kase.getId()));
	}

	@Override
	@Transactional(readOnly = true)
	public String reviewLaId(ReviewId review) {
		return reviews.findById(review.value())
			.map(ReviewEntity::getLaId)
			.orElseThrow(() -> new IllegalArgumentException("No review " + review));
	}

	@Override
	@Transactional(readOnly = true)
	public String laId(CaseId caseId) {
		return cases.findById(caseId.value())
			.map(CaseEntity::getLaId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> mirroredVersions() {
		var versions = new HashMap<String, Long>();
		cases.findAllLaVersions().forEach(row -> versions.put(row.getLaId(), row.getLaVersion()));
		return versions;
	}

}
