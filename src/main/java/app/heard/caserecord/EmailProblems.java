package app.heard.caserecord;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Emails to the people in a case that bounced, for the case's co-ordinator, who can reach
 * them another way. Nobody else sees them.
 */
@PreAuthorize("isAuthenticated()")
public interface EmailProblems {

	/**
	 * @param name the person as the LA's case record names them
	 * @param reason the mail server's answer
	 */
	record Undelivered(String name, Instant at, String reason) {
	}

	/**
	 * Emails to people involved in the case that could not be delivered, newest first.
	 * @throws CaseNotFoundException if there is no such case or the person is not linked
	 * to it
	 * @throws org.springframework.security.access.AccessDeniedException if the signed-in
	 * person is not the case's co-ordinator
	 */
	List<Undelivered> undelivered(CaseId caseId);

}
