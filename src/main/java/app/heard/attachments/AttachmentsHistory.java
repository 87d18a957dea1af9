package app.heard.attachments;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Every file added to a case, removed ones too: for the case's co-ordinator answering a
 * subject access request. Not for pages.
 */
@PreAuthorize("isAuthenticated()")
public interface AttachmentsHistory {

	/**
	 * Oldest first.
	 * @throws org.springframework.security.access.AccessDeniedException unless the
	 * signed-in person co-ordinates the case
	 * @throws app.heard.caserecord.CaseNotFoundException if they are not linked to it
	 */
	List<AttachmentRecord> everything(CaseId caseId);

	/**
	 * @param renditions the roles of what the portal made of the file and keeps (e.g.
	 * {@code large}, {@code video}); the original is never kept
	 */
	record AttachmentRecord(UUID id, String views, String question, Optional<String> filename, String caption,
			String status, Optional<String> mediaKind, String addedBy, CaseRole addedAs, Instant addedAt,
			Optional<Instant> removedAt, List<String> renditions) {
	}

}
