package app.heard.lasync.internal;

import app.heard.attachments.SentFileSettled;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.draftplan.CommentsSubmitted;
import app.heard.views.SubmissionId;
import app.heard.views.ViewsSubmitted;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what the LA must hear into the outbox in the transaction that made it happen
 * (plain {@code @EventListener}s run inside the publisher's transaction): a submission
 * that commits always has its message, and one that rolls back never does. Each message
 * takes the next number of its case, so the LA can apply them in order.
 */
@Component
class OutboxWriter {

	private final JdbcClient jdbc;

	private final OutboundPayloads payloads;

	private final CaseRecordImporter cases;

	private final JsonMapper json;

	private final Clock clock;

	OutboxWriter(JdbcClient jdbc, OutboundPayloads payloads, CaseRecordImporter cases, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.payloads = payloads;
		this.cases = cases;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void on(ViewsSubmitted submitted) {
		write(submitted.caseId(), MessageType.VIEWS_SUBMITTED, payloads.views(submitted));
	}

	/**
	 * A file the views were sent with while it was still being prepared has settled: the
	 * LA, which was told it would follow, hears how, after the views themselves (the
	 * case's order). Only for submissions that went to the LA.
	 */
	@EventListener
	void on(SentFileSettled settled) {
		for (SubmissionId submission : settled.submissions()) {
			if (sentToTheLa(submission)) {
				payloads.mediaUpdate(submission, settled.attachmentId())
					.ifPresent(update -> write(settled.caseId(), MessageType.VIEWS_MEDIA_UPDATED, update));
			}
		}
	}

	/** Whether a views message for this submission is in the outbox (sent or not). */
	boolean sentToTheLa(SubmissionId submission) {
		return jdbc.sql("""
				select exists (select 1 from la_outbox
				               where type = 'VIEWS_SUBMITTED' and payload ->> 'submissionId' = :submission)""")
			.param("submission", submission.value().toString())
			.query(Boolean.class)
			.single();
	}

	@EventListener
	void on(CommentsSubmitted submitted) {
		write(submitted.caseId(), MessageType.COMMENTS_SUBMITTED, payloads.comments(submitted));
	}

	@EventListener
	void on(AccessChanged changed) {
		write(changed.caseId(), MessageType.ACCESS_CHANGED, payloads.access(changed));
	}

	private void write(CaseId caseId, MessageType type, Object payload) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// Outside a transaction the message could be lost or sent for a change that
			// never happened
			throw new IllegalStateException(type + " was published outside a transaction");
		}
		long sequence = jdbc.sql("""
				insert into la_outbox_sequence (case_id, last) values (:case, 1)
				on conflict (case_id) do update set last = la_outbox_sequence.last + 1
				returning last""").param("case", caseId.value()).query(Long.class).single();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into la_outbox (id, case_id, case_la_id, sequence, type, payload, status, next_attempt_at,
				                       created_at)
				values (:id, :case, :caseLaId, :sequence, :type, cast(:payload as jsonb), 'PENDING', :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("case", caseId.value())
			.param("caseLaId", cases.laId(caseId))
			.param("sequence", sequence)
			.param("type", type.name())
			.param("payload", json.writeValueAsString(payload))
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	enum MessageType {

		VIEWS_SUBMITTED, COMMENTS_SUBMITTED, ACCESS_CHANGED, VIEWS_MEDIA_UPDATED

	}

}
