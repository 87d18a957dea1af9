package app.heard.attachments.internal;

import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.views.SubmissionId;
import app.heard.views.ViewKind;
import app.heard.views.ViewsSubmitted;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each submission carried. When views are sent, the files beside their answers are
 * kept with the submission, captions and who added them as they were, in the same
 * transaction; what the family does to the draft afterwards never changes what was sent.
 * A file still being prepared goes too: it is shown, and sent on to the LA, once it is
 * ready (docs/decisions/0019). A file refused or given up on does not.
 */
@Component
@Transactional
class AttachmentSubmissions {

	private final JdbcClient jdbc;

	private final CaseRecordService cases;

	private final People people;

	private final FileAttributions attributions;

	AttachmentSubmissions(JdbcClient jdbc, CaseRecordService cases, People people, FileAttributions attributions) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.people = people;
		this.attributions = attributions;
	}

	/**
	 * Before any other listener: the LA sync's, in the same transaction, lists what this
	 * records. The files' rows are locked (shared) until the submission commits, so the
	 * job finishing one of them either finished before (and the submission lists it
	 * ready) or waits and then sees it was sent ({@link AttachmentStates#settled}).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void keep(ViewsSubmitted submitted) {
		var files = jdbc.sql("""
				select id, caption, added_by, added_as from attachment
				where case_id = :case and review_id = :review and kind = :kind
				  and status in ('WAITING', 'PROCESSING', 'QUARANTINED', 'READY') and removed_at is null
				  and (kind = 'about-me' or added_by = :by)
				order by created_at
				for share""")
			.param("case", submitted.caseId().value())
			.param("review", submitted.review().value())
			.param("kind", submitted.kind().slug())
			.param("by", submitted.submittedBy().value())
			.query((row, number) -> new Kept(row.getObject("id", UUID.class), row.getString("caption"),
					new PersonId(row.getObject("added_by", UUID.class)), CaseRole.valueOf(row.getString("added_as"))))
			.list();
		if (files.isEmpty()) {
			return;
		}
		// The person sending may see the case: the views are theirs to send
		String childName = cases.context(submitted.caseId()).childName();
		for (var file : files) {
			jdbc.sql("""
					insert into attachment_in_submission (submission_id, attachment_id, caption, attribution)
					values (:submission, :attachment, :caption, :attribution)""")
				.param("submission", submitted.submission().value())
				.param("attachment", file.id())
				.param("caption", file.caption())
				.param("attribution",
						attributions.of(submitted.kind(), people.displayName(file.addedBy()), file.addedAs(),
								childName))
				.update();
		}
	}

	private record Kept(UUID id, String caption, PersonId addedBy, CaseRole addedAs) {
	}

	/**
	 * The files sent with a submission beside one question, in the order they were added.
	 */
	@Transactional(readOnly = true)
	List<Sent> sentWith(SubmissionId submission, String question) {
		return jdbc.sql("""
				select a.id, s.caption, s.attribution from attachment_in_submission s
				join attachment a on a.id = s.attachment_id
				where s.submission_id = :submission and a.question = :question order by a.created_at
				""")
			.param("submission", submission.value())
			.param("question", question)
			.query((row, number) -> sent(row))
			.list();
	}

	/** Every file sent with a submission, in the order they were added. */
	@Transactional(readOnly = true)
	List<Sent> sentWith(SubmissionId submission) {
		return jdbc.sql("""
				select a.id, s.caption, s.attribution from attachment_in_submission s
				join attachment a on a.id = s.attachment_id
				where s.submission_id = :submission order by a.created_at
				""").param("submission", submission.value()).query((row, number) -> sent(row)).list();
	}

	/** The submissions that carried a file: whoever may read one of them may see it. */
	@Transactional(readOnly = true)
	List<SubmissionId> carrying(UUID attachmentId) {
		return jdbc.sql("select submission_id from attachment_in_submission where attachment_id = :id")
			.param("id", attachmentId)
			.query((row, number) -> new SubmissionId(row.getObject("submission_id", UUID.class)))
			.list();
	}

	private static Sent sent(java.sql.ResultSet row) throws java.sql.SQLException {
		return new Sent(row.getObject("id", UUID.class), row.getString("caption"),
				Optional.ofNullable(row.getString("attribution")));
	}

	/**
	 * @param attribution empty for a file sent before the manifest existed
	 */
	record Sent(UUID attachmentId, String caption, Optional<String> attribution) {
	}

}
