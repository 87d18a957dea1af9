package app.heard.views.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.PlanOutcome;
import app.heard.caserecord.ReviewId;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.views.EditConflictException;
import app.heard.views.Gathered;
import app.heard.views.Question;
import app.heard.views.SubmissionId;
import app.heard.views.ViewKind;
import app.heard.views.ViewsSubmitted;
import app.heard.views.ViewSet;
import app.heard.views.ViewsClosedException;
import app.heard.views.ViewsService;
import app.heard.views.Wording;
import app.heard.views.internal.ViewSets.Access;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Views implements ViewsService {

	/** The words of the picture scale, for the progress question and each outcome. */
	static final Set<String> SCALE = Set.of("YES", "NOT_SURE", "NO");

	static final String NO_OUTCOME = "";

	private final ViewSets viewSets;

	private final CaseRecordService cases;

	private final ViewSetRepository sets;

	private final ViewAnswerRepository answers;

	private final ViewGatheringRepository gathering;

	private final SubmissionRepository submissions;

	private final People people;

	private final Attributions attributions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	Views(ViewSets viewSets, CaseRecordService cases, ViewSetRepository sets, ViewAnswerRepository answers,
			ViewGatheringRepository gathering, SubmissionRepository submissions, People people,
			Attributions attributions, Clock clock, ApplicationEventPublisher events, AuditTrail audit) {
		this.viewSets = viewSets;
		this.cases = cases;
		this.sets = sets;
		this.answers = answers;
		this.gathering = gathering;
		this.submissions = submissions;
		this.people = people;
		this.attributions = attributions;
		this.clock = clock;
		this.events = events;
		this.audit = audit;
	}

	@Override
	public ViewSet open(CaseId caseId, ViewKind kind) {
		var access = viewSets.access(caseId, kind);
		var set = viewSets.setFor(access);
		var current = new EnumMap<Question, ViewSet.Answer>(Question.class);
		var ratings = new HashMap<String, ViewSet.Answer>();
		for (var answer : answers.findBySetId(set.getId())) {
			var draft = new ViewSet.Answer(answer.getAnswer(), answer.getVersion(),
					Optional.ofNullable(answer.getGathered()));
			if (answer.getQuestion() == Question.PROGRESS_OUTCOME) {
				ratings.put(answer.getOutcomeLaId(), draft);
			}
			else {
				current.put(answer.getQuestion(), draft);
			}
		}
		audit.record(access.context().audited(AuditAction.VIEW, resource(kind)));
		var lastSubmitted = submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId())
			.map(SubmissionEntity::getSubmittedAt);
		return new ViewSet(kind, access.context().childName(), access.context().myRole(), current,
				cases.outcomesInPlan(caseId), ratings, howGathered(access, set.getId()), lastSubmitted,
				lastReview(access), access.context().viewsDueOn(), access.context().teamName());
	}

	@Override
	public long save(CaseId caseId, ViewKind kind, Question question, String text, long expectedVersion) {
		if (!kind.questions().contains(question)) {
			throw new IllegalArgumentException(question + " is not asked in " + kind);
		}
		if (text.length() > Question.MAX_LENGTH) {
			throw new IllegalArgumentException("Answers are limited to " + Question.MAX_LENGTH + " characters");
		}
		return saveAnswer(viewSets.access(caseId, kind), question, NO_OUTCOME, text, expectedVersion);
	}

	@Override
	public long rateOutcome(CaseId caseId, ViewKind kind, String outcomeLaId, String rating, long expectedVersion) {
		if (!rating.isEmpty() && !SCALE.contains(rating)) {
			throw new IllegalArgumentException("Not a rating on the scale: " + rating);
		}
		var access = viewSets.access(caseId, kind);
		if (cases.outcomesInPlan(caseId).stream().noneMatch(outcome -> outcome.laId().equals(outcomeLaId))) {
			throw new IllegalArgumentException(outcomeLaId + " is not an outcome in the plan");
		}
		return saveAnswer(access, Question.PROGRESS_OUTCOME, outcomeLaId, rating, expectedVersion);
	}

	@Override
	public void sayHowGathered(CaseId caseId, Gathered gathered) {
		var access = viewSets.access(caseId, ViewKind.ABOUT_ME);
		gathering.say(viewSets.setFor(access).getId(), access.person().id().value(), gathered.name(), clock.instant());
		audit.record(access.context().audited(AuditAction.EDIT, resource(ViewKind.ABOUT_ME) + "/how-gathered"));
	}

	private long saveAnswer(Access access, Question question, String outcome, String text, long expectedVersion) {
		UUID setId = viewSets.setFor(access).getId();
		String role = access.context().myRole().name();
		String how = howGathered(access, setId).map(Gathered::name).orElse(null);
		UUID me = access.person().id().value();
		Instant now = clock.instant();
		boolean saved = expectedVersion == ViewSet.NEW
				? answers.insertFirst(setId, question.name(), outcome, text, me, role, how, now) == 1 : answers
					.updateIfUnchanged(setId, question.name(), outcome, text, me, role, how, now, expectedVersion) == 1;
		if (!saved) {
			var theirs = answers.find(setId, question, outcome).orElseThrow();
			throw new EditConflictException(question, theirs.getAnswer(), theirs.getVersion());
		}
		audit.record(access.context()
			.audited(AuditAction.EDIT,
					resource(access.kind()) + "/" + Wording.slug(question) + (outcome.isEmpty() ? "" : "/" + outcome)));
		return expectedVersion + 1;
	}

	@Override
	public Instant submit(CaseId caseId, ViewKind kind) {
		var access = viewSets.access(caseId, kind);
		LocalDate today = LocalDate.now(clock);
		access.context().viewsDueOn().filter(today::isAfter).ifPresent(due -> {
			throw new ViewsClosedException(due);
		});
		var set = viewSets.setFor(access);
		String childName = access.context().childName();
		Map<String, String> outcomeWords = cases.outcomesInPlan(caseId)
			.stream()
			.collect(Collectors.toMap(PlanOutcome::laId, PlanOutcome::description));
		var copied = answers.findBySetId(set.getId())
			.stream()
			.filter(answer -> !answer.getAnswer().isBlank())
			// A rating of an outcome no longer in the plan is not sent
			.filter(answer -> answer.getQuestion() != Question.PROGRESS_OUTCOME
					|| outcomeWords.containsKey(answer.getOutcomeLaId()))
			.map(answer -> new SubmissionEntity.SubmittedAnswer(answer.getQuestion().name(), answer.getAnswer(),
					attribution(kind, people.displayName(new PersonId(answer.getRecordedBy())), answer.getRecordedAs(),
							childName, answer.getGathered()),
					answer.getOutcomeLaId(), outcomeWords.get(answer.getOutcomeLaId())))
			.toList();
		Instant now = clock.instant();
		var me = access.person();
		CaseRole myRole = access.context().myRole();
		// Flushed now: listeners to ViewsSubmitted write rows that refer to it
		var submission = submissions.saveAndFlush(new SubmissionEntity(set.getId(), now, me.id().value(), myRole,
				attribution(kind, me.displayName(), myRole, childName, null), copied));
		audit.record(access.context().audited(AuditAction.SUBMIT, "submissions/" + submission.getId()));
		events.publishEvent(new ViewsSubmitted(new SubmissionId(submission.getId()), caseId,
				new ReviewId(access.review()), kind, me.id(), now));
		return now;
	}

	/** A draft in the audit trail: {@code views/about-me}, {@code views/our-views}. */
	static String resource(ViewKind kind) {
		return "views/" + kind.slug();
	}

	private Optional<Gathered> howGathered(Access access, UUID setId) {
		if (!access.context().myRole().equals(CaseRole.YOUNG_PERSON) && access.kind() == ViewKind.ABOUT_ME) {
			return gathering.howGathered(setId, access.person().id().value()).map(Gathered::valueOf);
		}
		return Optional.empty();
	}

	private String attribution(ViewKind kind, String recorder, CaseRole role, String childName, Gathered gathered) {
		return kind == ViewKind.ABOUT_ME ? attributions.forChildsViews(recorder, role, childName, gathered)
				: attributions.forFamilyViews(recorder, role);
	}

	/**
	 * What was submitted for the last review, to show beside each question ("Last time
	 * you said…").
	 */
	private Map<Question, String> lastReview(Access access) {
		var last = new EnumMap<Question, String>(Question.class);
		sets.earlier(access.caseId(), access.kind(), access.review(), access.owner())
			.stream()
			.map(set -> submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId()))
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent(submission -> submission.getAnswers()
				.stream()
				.filter(answer -> !answer.question().equals(Question.PROGRESS_OUTCOME.name()))
				.forEach(answer -> last.put(Question.valueOf(answer.question()), answer.text())));
		return last;
	}

}
