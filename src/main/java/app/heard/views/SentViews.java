package app.heard.views;

import app.heard.caserecord.CaseRole;
import java.time.Instant;

/**
 * Someone else's views for this review, once they have sent them: a separated parent sees
 * the other parent's views only then, never their draft.
 */
public record SentViews(SubmissionId id, ViewKind kind, String recordedBy, CaseRole recordedAs, Instant at) {
}
