package app.heard.views.internal;

import app.heard.caserecord.ReviewId;
import app.heard.identity.PersonId;
import app.heard.views.ViewsProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ViewsProgressQuery implements ViewsProgress {

	private final SubmissionRepository submissions;

	ViewsProgressQuery(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public boolean hasSent(PersonId person, ReviewId review) {
		return submissions.anySentBy(person.value(), review.value());
	}

}
