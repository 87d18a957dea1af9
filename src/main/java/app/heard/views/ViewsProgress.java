package app.heard.views;

import app.heard.caserecord.ReviewId;
import app.heard.identity.PersonId;

/**
 * Where views for a review stand, for reminders sent outside anyone's request: never the
 * views themselves, only whether a person has sent any.
 */
public interface ViewsProgress {

	/**
	 * Whether the person has sent views for this review: their parent/carer views, or the
	 * child's About Me.
	 */
	boolean hasSent(PersonId person, ReviewId review);

}
