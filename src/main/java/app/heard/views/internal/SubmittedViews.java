package app.heard.views.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.PlanOutcome;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.views.Question;
import app.heard.views.SentViews;
import app.heard.views.SubmissionId;
import app.heard.views.Submitted;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SubmittedViews implements SubmittedViewsService {

	private final ViewSets viewSets;

	private final CaseRecordService cases;

	private final ViewSetRepository sets;

	private final SubmissionRepository submissions;

	private final CurrentPerson currentPerson;

	private final People people;

	private final SubmissionPdf pdf;

	private final AuditTrail audit;

	SubmittedViews(ViewSets viewSets, CaseRecordService cases, ViewSetRepository sets, SubmissionRepository submissions,
			CurrentPerson currentPerson, People people, SubmissionPdf pdf, AuditTrail audit) {
		this.viewSets = viewSets;
		this.cases = cases;
		this.sets = sets;
		this.submissions = submissions;
		this.currentPerson = currentPerson;
		this.people = people;
		this.pdf = pdf;
		this.audit = audit;
	}

	@Override
	public Optional<Submitted> lastSubmission(CaseId caseId, ViewKind kind) {
		var access = viewSets.access(caseId, kind);
		return sets.find(access.review(), kind, access.owner())
			.flatMap(set -> submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId()).map(submission -> {
				audit.record(access.context().audited(AuditAction.VIEW, resource(submission.getId())));
				return toSubmitted(submission, set, access.context());
			}));
	}

	@Override
	public List<SentViews> sentByOthers(CaseId caseId) {
		CaseContext context = cases.context(caseId);
		UUID me = currentPerson.require().id().value();
		audit.record(context.audited(AuditAction.LIST, "submissions"));
		return context.currentReview()
			.map(review -> sets.findByReviewId(review.value())
				.stream()
				.flatMap(set -> submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId())
					.filter(submission -> !submission.getSubmittedBy().equals(me))
					.map(submission -> new SentViews(new SubmissionId(submission.getId()), set.getKind(),
							people.displayName(new PersonId(submission.getSubmittedBy())), submission.getSubmittedAs(),
							submission.getSubmittedAt()))
					.stream())
				.sorted(Comparator.comparing(SentViews::kind).thenComparing(SentViews::at))
				.toList())
			.orElse(List.of());
	}

	@Override
	public Submitted submission(CaseId caseId, SubmissionId id) {
		return read(caseId, id, AuditAction.VIEW, resource(id.value()));
	}

	@Override
	public byte[] submissionPdf(CaseId caseId, SubmissionId id) {
		return pdf.render(read(caseId, id, AuditAction.DOWNLOAD, resource(id.value()) + ".pdf"));
	}

	private Submitted read(CaseId caseId, SubmissionId id, AuditAction action, String resource) {
		CaseContext context = cases.context(caseId);
		var submission = submissions.findById(id.value()).orElseThrow(() -> new CaseNotFoundException(caseId));
		var set = sets.findById(submission.getSetId())
			.filter(found -> found.getCaseId().equals(caseId.value()))
			.orElseThrow(() -> new CaseNotFoundException(caseId));
		audit.record(context.audited(action, resource));
		return toSubmitted(submission, set, context);
	}

	private static String resource(UUID submission) {
		return "submissions/" + submission;
	}

	private Submitted toSubmitted(SubmissionEntity submission, ViewSetEntity set, CaseContext context) {
		var answers = new EnumMap<Question, Submitted.Answer>(Question.class);
		var rated = new ArrayList<SubmissionEntity.SubmittedAnswer>();
		for (var answer : submission.getAnswers()) {
			if (answer.question().equals(Question.PROGRESS_OUTCOME.name())) {
				rated.add(answer);
			}
			else {
				answers.put(Question.valueOf(answer.question()),
						new Submitted.Answer(answer.text(), answer.attribution()));
			}
		}
		// Read in the plan's order, as the family met them; an outcome since dropped from
		// the plan keeps its words and goes last.
		List<String> planOrder = cases.outcomesInPlan(context.id()).stream().map(PlanOutcome::laId).toList();
		rated.sort(Comparator.comparingInt(answer -> {
			int position = planOrder.indexOf(answer.outcomeLaId());
			return position < 0 ? Integer.MAX_VALUE : position;
		}));
		var ratings = rated.stream()
			.map(answer -> new Submitted.OutcomeRating(answer.outcome(), answer.text(), answer.attribution()))
			.toList();
		return new Submitted(new SubmissionId(submission.getId()), set.getKind(), context.childName(),
				submission.getSubmittedAt(), submission.getAttribution(), answers, ratings);
	}

}
