package app.heard.attachments;

import app.heard.caserecord.CaseId;
import app.heard.views.SubmissionId;
import java.util.List;
import java.util.UUID;

/**
 * A file that views were sent with while it was still being prepared is now ready, cannot
 * be used, or was removed by the family before it was ready ({@link SentFiles}).
 * Published in the transaction that made the change.
 *
 * @param submissions every submission that carried it (the family may have sent twice)
 */
public record SentFileSettled(CaseId caseId, UUID attachmentId, List<SubmissionId> submissions) {

	public SentFileSettled {
		submissions = List.copyOf(submissions);
	}

}
