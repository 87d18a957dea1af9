package app.heard.lasync.internal;

import app.heard.attachments.SentFiles;
import app.heard.attachments.SentFiles.SentFile;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.draftplan.CommentsSubmitted;
import app.heard.draftplan.DraftComment;
import app.heard.draftplan.DraftPlanComments;
import app.heard.lasync.MediaEntry;
import app.heard.lasync.MediaManifest;
import app.heard.lasync.MediaRendition;
import app.heard.views.SubmissionId;
import app.heard.views.Submitted;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewsSubmitted;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What each message tells the LA (the payloads in la-sync-v1.yaml). Built while the
 * change is being made, by the person making it: exactly what was sent is what the LA
 * gets, and it is read through the same access-checked services a page uses.
 */
@Component
class OutboundPayloads {

	private final SubmittedViewsService views;

	private final DraftPlanComments comments;

	private final CaseRecordImporter cases;

	private final SentFiles files;

	OutboundPayloads(SubmittedViewsService views, DraftPlanComments comments, CaseRecordImporter cases,
			SentFiles files) {
		this.views = views;
		this.comments = comments;
		this.cases = cases;
		this.files = files;
	}

	Map<String, Object> views(ViewsSubmitted event) {
		Submitted submitted = views.submission(event.caseId(), event.submission());
		var answers = submitted.answers()
			.entrySet()
			.stream()
			.map(answer -> Map.of("question", answer.getKey().name(), "text", answer.getValue().text(), "attribution",
					answer.getValue().attribution()))
			.toList();
		var ratings = submitted.outcomeRatings()
			.stream()
			.map(rating -> Map.of("outcome", rating.outcome(), "rating", rating.rating(), "attribution",
					rating.attribution()))
			.toList();
		var payload = new LinkedHashMap<String, Object>();
		payload.put("submissionId", event.submission().value());
		payload.put("reviewLaId", cases.reviewLaId(event.review()));
		payload.put("kind", event.kind().name());
		payload.put("submittedAt", event.at().toString());
		payload.put("attribution", submitted.attribution());
		payload.put("answers", answers);
		payload.put("outcomeRatings", ratings);
		payload.put("pdfBase64",
				Base64.getEncoder().encodeToString(views.submissionPdf(event.caseId(), event.submission())));
		// Links are put on as the message leaves the outbox (MediaLinks)
		payload.put("media", media(event.submission()));
		return payload;
	}

	/**
	 * The media manifest of a submission (docs/decisions/0019): every file it carried,
	 * with the renditions of those that are ready, their sizes and SHA-256, and no links
	 * yet.
	 */
	List<MediaEntry> media(SubmissionId submission) {
		return files.sentWith(submission).stream().map(OutboundPayloads::entry).toList();
	}

	/**
	 * A file sent while it was still being prepared, now settled, for the
	 * {@code VIEWS_MEDIA_UPDATED} message that follows its submission's.
	 */
	Optional<MediaManifest> mediaUpdate(SubmissionId submission, UUID attachmentId) {
		return files.sentWith(submission, attachmentId)
			.map(file -> new MediaManifest(submission.value(), List.of(entry(file))));
	}

	private static MediaEntry entry(SentFile file) {
		return new MediaEntry(file.attachmentId(), file.question(), file.mediaKind().orElse(null), file.caption(),
				file.attribution(), file.status().name(),
				file.renditions()
					.stream()
					.map(rendition -> new MediaRendition(rendition.id(), rendition.role(), rendition.contentType(),
							rendition.bytes(), rendition.sha256(), null, null))
					.toList());
	}

	Map<String, Object> comments(CommentsSubmitted event) {
		var page = comments.open(event.caseId());
		var sent = page.comments()
			.values()
			.stream()
			.filter(comment -> event.comments().contains(comment.id()))
			.map(OutboundPayloads::comment)
			.toList();
		var payload = new LinkedHashMap<String, Object>();
		payload.put("draftPlanId", event.draftPlanId());
		payload.put("draftNumber", page.plan().draftNumber());
		payload.put("servedOn", page.plan().servedOn().toString());
		payload.put("comments", sent);
		payload.put("asksForNamedSetting", event.asksForNamedSetting());
		payload.put("asksForMeeting", event.asksForMeeting());
		payload.put("submittedAt", event.at().toString());
		return payload;
	}

	private static Map<String, Object> comment(DraftComment comment) {
		var target = comment.target();
		return Map.of("commentId", comment.id(), "target", target.kind().name(), "targetRef", target.ref(), "text",
				comment.text(), "attribution", comment.attribution().orElse(""));
	}

	Map<String, Object> access(AccessChanged event) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("kind", event.kind().name());
		payload.put("involvementLaId", event.involvementLaId().orElse(null));
		payload.put("person", event.person().map(UUID::toString).orElse(null));
		payload.put("role", event.role().name());
		payload.put("detail", event.detail().orElse(null));
		payload.put("at", event.at().toString());
		payload.put("by", event.by());
		return payload;
	}

}
