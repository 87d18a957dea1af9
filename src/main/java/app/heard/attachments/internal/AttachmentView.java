package app.heard.attachments.internal;

import app.heard.media.MediaKind;
import app.heard.media.RejectionReason;
import java.util.Optional;
import java.util.UUID;

/**
 * One file as its page shows it.
 *
 * @param addedByMe whether the signed-in person added it, and so may caption or remove it
 * @param addedBy the name of the person who added it, for the attribution line
 */
record AttachmentView(UUID id, AttachmentStatus status, Optional<MediaKind> mediaKind, String caption,
		Optional<String> displayFilename, Optional<RejectionReason> rejection, Optional<String> rejectionArgument,
		int progressPercent, boolean addedByMe, String addedBy) {

	AttachmentView withCaption(String newCaption) {
		return new AttachmentView(id, status, mediaKind, newCaption, displayFilename, rejection, rejectionArgument,
				progressPercent, addedByMe, addedBy);
	}

}
