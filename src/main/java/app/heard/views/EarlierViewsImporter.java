package app.heard.views;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.ReviewId;
import app.heard.identity.PersonId;
import java.time.Instant;
import java.util.Map;

/**
 * Brings in views a family sent for an earlier review before the portal was used (an LA
 * moving from another product carries last year's words forward), so "Last time you said"
 * works from the first year. Called by an import and by the demo profile; never from a
 * page. Importing the same set again changes nothing.
 */
public interface EarlierViewsImporter {

	void importSent(EarlierSubmission submission);

	/**
	 * @param owner the parent or carer whose views these are; null for the child's About
	 * Me
	 * @param gathered how the child's views were gathered (About Me only; null if not
	 * known)
	 */
	record EarlierSubmission(CaseId caseId, ReviewId review, String childName, ViewKind kind, PersonId owner,
			String recordedByName, PersonId recordedBy, CaseRole recordedAs, Gathered gathered, Instant sentAt,
			Map<Question, String> answers) {
	}

}
