package app.heard.attachments;

import app.heard.caserecord.CaseId;
import app.heard.views.SubmissionId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.Resource;

/**
 * What submissions carried, for the portal's own sync with the LA's case record (which
 * holds every case): each file with its caption and attribution as sent, and the
 * renditions the portal serves of it with their size and SHA-256; never the original,
 * which is deleted once prepared. Not checked per person and never for pages: the LA sync
 * decides who may ask (docs/decisions/0019).
 */
public interface SentFiles {

	/** The files sent with a submission, oldest first; empty for none or no such one. */
	List<SentFile> sentWith(SubmissionId submission);

	/** One file as a submission carried it, as it is now. */
	Optional<SentFile> sentWith(SubmissionId submission, UUID attachmentId);

	/**
	 * A rendition to hand over: only while it is still held and its file still belongs to
	 * a submission. Empty for anything else, including a rendition that never existed.
	 */
	Optional<HeldRendition> rendition(UUID renditionId);

	/**
	 * @param question the question's name, as the answers are sent ({@code OUR_HOPES})
	 * @param mediaKind PHOTO, VIDEO, AUDIO or DOCUMENT; empty until it has been prepared
	 * @param caption as it was when the views were sent
	 * @param attribution who added it, in what capacity: "Added by Jordan Taylor (parent
	 * or carer)"
	 * @param renditions what is served of it, only when {@link Status#READY}
	 */
	record SentFile(UUID attachmentId, String question, Optional<String> mediaKind, String caption, String attribution,
			Status status, List<SentRendition> renditions) {

		public SentFile {
			renditions = List.copyOf(renditions);
		}

	}

	/**
	 * @param role display, thumbnail, video, poster, audio, preview or document
	 * @param sha256 of exactly the bytes served, lowercase hex
	 */
	record SentRendition(UUID id, String role, String contentType, long bytes, String sha256) {
	}

	/**
	 * A rendition and where it belongs, with its bytes read only when they are written.
	 */
	record HeldRendition(CaseId caseId, UUID attachmentId, SentRendition rendition, Resource file) {
	}

	enum Status {

		/** Prepared: its renditions can be fetched. */
		READY,

		/**
		 * Still being made safe when the views were sent; {@link SentFileSettled}
		 * follows.
		 */
		PREPARING,

		/**
		 * It could not be used (refused, or preparing it failed); the family was told.
		 */
		NOT_USABLE,

		/** The family removed it before it was ready; nothing of it was ever served. */
		WITHDRAWN

	}

}
