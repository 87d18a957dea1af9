package app.heard.views.internal;

import app.heard.views.EarlierViewsImporter;
import app.heard.views.ViewKind;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EarlierViews implements EarlierViewsImporter {

	private final ViewSetRepository sets;

	private final SubmissionRepository submissions;

	private final Attributions attributions;

	EarlierViews(ViewSetRepository sets, SubmissionRepository submissions, Attributions attributions) {
		this.sets = sets;
		this.submissions = submissions;
		this.attributions = attributions;
	}

	@Override
	public void importSent(EarlierSubmission earlier) {
		UUID owner = earlier.owner() == null ? null : earlier.owner().value();
		UUID review = earlier.review().value();
		sets.createIfAbsent(earlier.caseId().value(), review, earlier.kind().name(), owner, earlier.sentAt());
		var set = sets.find(review, earlier.kind(), owner).orElseThrow();
		if (submissions.findFirstBySetIdOrderBySubmittedAtDesc(set.getId()).isPresent()) {
			return;
		}
		String attribution = earlier.kind() == ViewKind.ABOUT_ME
				? attributions.forChildsViews(earlier.recordedByName(), earlier.recordedAs(), earlier.childName(),
						earlier.gathered())
				: attributions.forFamilyViews(earlier.recordedByName(), earlier.recordedAs());
		var answers = earlier.answers()
			.entrySet()
			.stream()
			.map(answer -> new SubmissionEntity.SubmittedAnswer(answer.getKey().name(), answer.getValue(), attribution,
					Views.NO_OUTCOME, null))
			.toList();
		submissions.save(new SubmissionEntity(set.getId(), earlier.sentAt(), earlier.recordedBy().value(),
				earlier.recordedAs(), attribution, answers));
	}

}
