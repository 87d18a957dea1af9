package app.heard.caserecord;

import java.util.Objects;
import java.util.UUID;

/**
 * The LA answered a comment on a draft plan ("you said, we did"), or changed its answer:
 * published in the import's transaction.
 *
 * @param commentId the portal's id of the comment
 */
public record CommentAnswered(CaseId caseId, UUID commentId) {

	public CommentAnswered {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(commentId, "commentId");
	}

}
