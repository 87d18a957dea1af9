package app.heard.draftplan;

import app.heard.caserecord.CaseRole;
import app.heard.caserecord.DraftPlan;
import app.heard.statutory.CommentWindow;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the draft plan page shows the signed-in person, already checked.
 *
 * @param mayComment whether this person may comment on this child's draft
 * @param comments this person's own comments by what they are about; nobody else's drafts
 * @param teamName the co-ordinators to ask for more time
 */
public record DraftPlanPage(String childName, CaseRole myRole, DraftPlan plan, CommentWindow window, boolean mayComment,
		Map<Target, DraftComment> comments, String teamName) {

	public Optional<DraftComment> commentOn(Target target) {
		return Optional.ofNullable(comments.get(target));
	}

	public List<DraftComment> drafts() {
		return comments.values().stream().filter(comment -> !comment.sent() && !comment.text().isBlank()).toList();
	}

	public boolean mayExtend() {
		return myRole == CaseRole.CASE_COORDINATOR;
	}

	public boolean canWrite(Clock clock) {
		return mayComment && window.isOpen(clock);
	}

}
