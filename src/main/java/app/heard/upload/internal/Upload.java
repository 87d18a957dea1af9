package app.heard.upload.internal;

import app.heard.caserecord.CaseId;
import app.heard.upload.UploadId;
import java.time.Instant;
import java.util.Optional;

/** What the protocol tells the client about an upload. */
record Upload(UploadId id, CaseId caseId, String kind, String question, Optional<String> displayFilename, long length,
		long offset, Instant expiresAt, boolean complete) {

	long remaining() {
		return length - offset;
	}

}
