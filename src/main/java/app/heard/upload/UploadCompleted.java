package app.heard.upload;

import app.heard.caserecord.CaseId;
import app.heard.identity.PersonId;

/**
 * The last byte of an upload arrived and is on disk. Published in the transaction that
 * marks the upload complete, so a listener after commit
 * ({@code @ApplicationModuleListener}) never sees an upload that is not. The file stays
 * until {@link Uploads#discard(UploadId)}.
 *
 * @param kind which views the file belongs to: {@code about-me} or {@code our-views}
 * @param question the question's slug, for example {@code enjoy-doing}
 * @param uploadedBy the signed-in person who sent it
 * @param bytes the file's length
 */
public record UploadCompleted(UploadId id, CaseId caseId, String kind, String question, PersonId uploadedBy,
		long bytes) {
}
