package app.heard.draftplan.internal;

import app.heard.draftplan.CommentProgress;
import app.heard.identity.PersonId;
import app.heard.statutory.CommentWindow;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentProgressQuery implements CommentProgress {

	private final DraftCommentRepository comments;

	private final WindowExtensionRepository extensions;

	CommentProgressQuery(DraftCommentRepository comments, WindowExtensionRepository extensions) {
		this.comments = comments;
		this.extensions = extensions;
	}

	@Override
	public CommentWindow window(UUID planId, LocalDate servedOn) {
		var window = CommentWindow.servedOn(servedOn);
		return extensions.findById(planId).map(extension -> window.extendTo(extension.getLastDay())).orElse(window);
	}

	@Override
	public boolean hasSent(PersonId person, UUID planId) {
		return comments.findByPlanIdAndAuthorPersonId(planId, person.value())
			.stream()
			.anyMatch(DraftCommentEntity::sent);
	}

}
