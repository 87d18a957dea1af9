package app.heard.views.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.views.ViewsHistory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every set of the case for its co-ordinator; the subject access export records the
 * read (one event, not one per answer).
 */
@Service
@Transactional(readOnly = true)
class ViewsHistories implements ViewsHistory {

	private final CaseRecordService cases;

	private final ViewSetRepository sets;

	private final ViewAnswerRepository answers;

	private final SubmissionRepository submissions;

	private final People people;

	ViewsHistories(CaseRecordService cases, ViewSetRepository sets, ViewAnswerRepository answers,
			SubmissionRepository submissions, People people) {
		this.cases = cases;
		this.sets = sets;
		this.answers = answers;
		this.submissions = submissions;
		this.people = people;
	}

	@Override
	public List<RecordedViews> everything(CaseId caseId) {
		if (cases.context(caseId).myRole() != CaseRole.CASE_COORDINATOR) {
			throw new AccessDeniedException("Only the case's co-ordinator sees every view of the case");
		}
		return sets.findByCaseIdOrderByCreatedAt(caseId.value())
			.stream()
			.map(set -> new RecordedViews(set.getId(), set.getKind(), set.getReviewId(),
					Optional.ofNullable(set.getOwnerPersonId()).map(owner -> name(owner)), set.getCreatedAt(),
					answers.findBySetId(set.getId())
						.stream()
						.map(answer -> new DraftAnswer(answer.getQuestion(), answer.getOutcomeLaId(),
								answer.getAnswer(), name(answer.getRecordedBy()), answer.getRecordedAs(),
								Optional.ofNullable(answer.getGathered()), answer.getUpdatedAt()))
						.toList(),
					submissions.findBySetIdOrderBySubmittedAt(set.getId())
						.stream()
						.map(submission -> new Sent(submission.getId(), submission.getSubmittedAt(),
								name(submission.getSubmittedBy()), submission.getSubmittedAs(),
								submission.getAttribution(),
								submission.getAnswers()
									.stream()
									.map(answer -> new SentAnswer(answer.question(), answer.text(),
											answer.attribution(), answer.outcomeLaId(), answer.outcome()))
									.toList()))
						.toList()))
			.toList();
	}

	private String name(UUID person) {
		return people.displayName(new PersonId(person));
	}

}
