package app.heard.draftplan;

import app.heard.identity.PersonId;
import app.heard.statutory.CommentWindow;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where comments on a draft plan stand, for reminders sent outside anyone's request: no
 * comment's words, only whether a person has sent theirs and when the window closes.
 */
public interface CommentProgress {

	/** The comment window of a draft served on a day, with any extension given. */
	CommentWindow window(UUID planId, LocalDate servedOn);

	/** Whether the person has sent their comments on this draft plan. */
	boolean hasSent(PersonId person, UUID planId);

}
