package app.heard.views.internal;

import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.identity.SignedInPerson;
import app.heard.views.EditConflictException;
import app.heard.views.Gathered;
import app.heard.views.Question;
import app.heard.views.Submitted;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsClosedException;
import app.heard.views.ViewsService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Views implements ViewsService {

	/**
	 * Who may record which views: never a co-ordinator, and a young person only their
	 * own.
	 */
	private static final Map<ViewKind, Set<CaseRole>> MAY_RECORD = Map.of(ViewKind.ABOUT_ME,
			Set.of(CaseRole.YOUNG_PERSON, CaseRole.PARENT_CARER, CaseRole.ADVOCATE, CaseRole.DIAS_WORKER),
			ViewKind.PARENT_CARER, Set.of(CaseRole.PARENT_CARER, CaseRole.ADVOCATE, CaseRole.DIAS_WORKER));

	private final CaseRecordService cases;

	private final ViewSetRepository sets;

	private final ViewAnswerRepository answers;

	private final SubmissionRepository submissions;

	private final CurrentPerson currentPerson;

	private final People people;

	private final Attributions attributions;

	private final Clock clock;

	Views(CaseRecordService cases, ViewSetRepository sets, ViewAnswerRepository answers,
			SubmissionRepository submissions, CurrentPerson currentPerson, People people, Attributions attributions,
			Clock clock) {
		this.cases = cases;
		this.sets = sets;
		this.answers = answers;
		this.submissions = submissions;
		this.currentPerson = currentPerson;
		this.people = people;
		this.attributions = attributions;
		this.clock = clock;
	}

	@Override
	public ViewSet open(CaseId caseId, ViewKind kind) {
		var access = access(caseId, kind);
		var set = setFor(access);
		var current = new EnumMap<Question, ViewSet.Answer>(Question.class);
		for (var answer : answers.findBySetId(set.getId())) {
			current.put(answer.getQuestion(), new ViewSet.Answer(answer.getAnswer(), answer.getVersion(),
					Optional.ofNullable(answer.getGathered())));
		}
		var lastSubmitted = submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId())
			.map(SubmissionEntity::getSubmittedAt);
		return new ViewSet(kind, access.context().childName(), access.context().myRole(), current, lastSubmitted,
				lastReview(access));
	}

	@Override
	public long save(CaseId caseId, ViewKind kind, Question question, String text, long expectedVersion,
			Gathered gathered) {
		if (!kind.questions().contains(question)) {
			throw new IllegalArgumentException(question + " is not asked in " + kind);
		}
		if (text.length() > Question.MAX_LENGTH) {
			throw new IllegalArgumentException("Answers are limited to " + Question.MAX_LENGTH + " characters");
		}
		var access = access(caseId, kind);
		UUID setId = setFor(access).getId();
		String role = access.context().myRole().name();
		String how = gathered == null ? null : gathered.name();
		UUID me = access.person().id().value();
		Instant now = clock.instant();
		boolean saved = expectedVersion == ViewSet.NEW
				? answers.insertFirst(setId, question.name(), text, me, role, how, now) == 1
				: answers.updateIfUnchanged(setId, question.name(), text, me, role, how, now, expectedVersion) == 1;
		if (!saved) {
			var theirs = answers.find(setId, question).orElseThrow();
			throw new EditConflictException(question, theirs.getAnswer(), theirs.getVersion());
		}
		return expectedVersion + 1;
	}

	@Override
	public Instant submit(CaseId caseId, ViewKind kind) {
		var access = access(caseId, kind);
		LocalDate today = LocalDate.now(clock);
		access.context().viewsDueOn().filter(today::isAfter).ifPresent(due -> {
			throw new ViewsClosedException(due);
		});
		var set = setFor(access);
		String childName = access.context().childName();
		var copied = answers.findBySetId(set.getId())
			.stream()
			.filter(answer -> !answer.getAnswer().isBlank())
			.map(answer -> new SubmissionEntity.SubmittedAnswer(answer.getQuestion().name(), answer.getAnswer(),
					attribution(kind, people.displayName(new PersonId(answer.getRecordedBy())), answer.getRecordedAs(),
							childName, answer.getGathered())))
			.toList();
		Instant now = clock.instant();
		var me = access.person();
		submissions.save(new SubmissionEntity(set.getId(), now, me.id().value(),
				attribution(kind, me.displayName(), access.context().myRole(), childName, null), copied));
		return now;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Submitted> lastSubmission(CaseId caseId, ViewKind kind) {
		var access = access(caseId, kind);
		return sets.find(access.review(), kind, access.owner())
			.flatMap(set -> submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId()))
			.map(submission -> {
				var copied = new EnumMap<Question, Submitted.Answer>(Question.class);
				submission.getAnswers()
					.forEach(answer -> copied.put(Question.valueOf(answer.question()),
							new Submitted.Answer(answer.text(), answer.attribution())));
				return new Submitted(submission.getSubmittedAt(), submission.getAttribution(), copied);
			});
	}

	private String attribution(ViewKind kind, String recorder, CaseRole role, String childName, Gathered gathered) {
		return kind == ViewKind.ABOUT_ME ? attributions.forChildsViews(recorder, role, childName, gathered)
				: attributions.forFamilyViews(recorder, role);
	}

	private Access access(CaseId caseId, ViewKind kind) {
		CaseContext context = cases.context(caseId);
		if (!MAY_RECORD.get(kind).contains(context.myRole())) {
			throw new AccessDeniedException(context.myRole() + " may not record " + kind);
		}
		UUID review = context.currentReview()
			.orElseThrow(() -> new IllegalStateException("No review in progress for case " + caseId))
			.value();
		SignedInPerson me = currentPerson.require();
		return new Access(context, kind, review, me, kind == ViewKind.ABOUT_ME ? null : me.id().value());
	}

	private ViewSetEntity setFor(Access access) {
		return sets.find(access.review(), access.kind(), access.owner()).orElseGet(() -> {
			sets.createIfAbsent(access.context().id().value(), access.review(), access.kind().name(), access.owner(),
					clock.instant());
			return sets.find(access.review(), access.kind(), access.owner()).orElseThrow();
		});
	}

	/**
	 * What was submitted for the last review, to show beside each question ("Last year
	 * you said…").
	 */
	private Map<Question, String> lastReview(Access access) {
		var last = new EnumMap<Question, String>(Question.class);
		sets.earlier(access.context().id().value(), access.kind(), access.review(), access.owner())
			.stream()
			.map(set -> submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId()))
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent(submission -> submission.getAnswers()
				.forEach(answer -> last.put(Question.valueOf(answer.question()), answer.text())));
		return last;
	}

	private record Access(CaseContext context, ViewKind kind, UUID review, SignedInPerson person, UUID owner) {
	}

}
