package app.heard.attachments.internal;

import app.heard.views.SubmissionId;
import app.heard.views.ViewsSubmitted;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each submission carried. When views are sent, the files ready beside their answers
 * are kept with the submission, captions as they were, in the same transaction; what the
 * family does to the draft afterwards never changes what was sent.
 */
@Component
@Transactional
class AttachmentSubmissions {

	private final JdbcClient jdbc;

	AttachmentSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void keep(ViewsSubmitted submitted) {
		jdbc.sql("""
				insert into attachment_in_submission (submission_id, attachment_id, caption)
				select :submission, id, caption from attachment
				where case_id = :case and review_id = :review and kind = :kind
				  and status = 'READY' and removed_at is null
				  and (kind = 'about-me' or added_by = :by)
				""")
			.param("submission", submitted.submission().value())
			.param("case", submitted.caseId().value())
			.param("review", submitted.review().value())
			.param("kind", submitted.kind().slug())
			.param("by", submitted.submittedBy().value())
			.update();
	}

	/**
	 * The files sent with a submission beside one question, in the order they were added.
	 */
	@Transactional(readOnly = true)
	List<Sent> sentWith(SubmissionId submission, String question) {
		return jdbc.sql("""
				select a.id, s.caption from attachment_in_submission s join attachment a on a.id = s.attachment_id
				where s.submission_id = :submission and a.question = :question order by a.created_at
				""")
			.param("submission", submission.value())
			.param("question", question)
			.query((row, number) -> new Sent(row.getObject("id", UUID.class), row.getString("caption")))
			.list();
	}

	/** The submissions that carried a file: whoever may read one of them may see it. */
	@Transactional(readOnly = true)
	List<SubmissionId> carrying(UUID attachmentId) {
		return jdbc.sql("select submission_id from attachment_in_submission where attachment_id = :id")
			.param("id", attachmentId)
			.query((row, number) -> new SubmissionId(row.getObject("submission_id", UUID.class)))
			.list();
	}

	record Sent(UUID attachmentId, String caption) {
	}

}
