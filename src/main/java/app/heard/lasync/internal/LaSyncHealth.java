package app.heard.lasync.internal;

import app.heard.caserecord.CaseRecordImporter;
import app.heard.lasync.LaSync;
import app.heard.lasync.SyncHealth;
import app.heard.lasync.SyncHealth.Failure;
import app.heard.lasync.SyncHealth.Reconciliation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class LaSyncHealth implements LaSync {

	private final JdbcClient jdbc;

	private final SyncState state;

	private final JsonMapper json;

	private final Clock clock;

	private final CaseRecordImporter importer;

	LaSyncHealth(JdbcClient jdbc, SyncState state, JsonMapper json, Clock clock, CaseRecordImporter importer) {
		this.jdbc = jdbc;
		this.importer = importer;
		this.state = state;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public SyncHealth health() {
		long backlog = jdbc.sql("select count(*) from la_outbox where status <> 'SENT'").query(Long.class).single();
		var oldest = jdbc.sql("select min(created_at) from la_outbox where status <> 'SENT'")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		var failures = jdbc.sql("""
				select id, case_la_id, sequence, type, attempts, last_error, created_at
				from la_outbox where status = 'FAILED' order by created_at limit 200""")
			.query((row, n) -> new Failure(row.getObject("id", UUID.class), row.getString("case_la_id"),
					row.getLong("sequence"), row.getString("type"), row.getInt("attempts"), row.getString("last_error"),
					row.getTimestamp("created_at").toInstant()))
			.list();
		return new SyncHealth(state.direction(SyncState.PULL), state.direction(SyncState.PUSH_IN),
				state.direction(SyncState.SEND), backlog, oldest, failures, reconciliation(),
				importer.sen2Problems()
					.entrySet()
					.stream()
					.limit(200)
					.map(problem -> problem.getKey() + ": " + problem.getValue())
					.toList());
	}

	private Reconciliation reconciliation() {
		var last = state.direction(SyncState.RECONCILIATION).lastSuccess();
		var detail = jdbc.sql("select detail::text from la_sync_state where name = :name")
			.param("name", SyncState.RECONCILIATION)
			.query(String.class)
			.optional()
			.map(json::readTree);
		long compared = detail.map(node -> node.path("casesCompared").asLong()).orElse(0L);
		List<String> drift = detail.map(node -> node.path("drift").valueStream().map(JsonNode::asString).toList())
			.orElse(List.of());
		return new Reconciliation(last, compared, drift);
	}

	@Override
	public boolean retry(UUID messageId) {
		return jdbc.sql("""
				update la_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
				where id = :id and status = 'FAILED'""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", messageId)
			.update() == 1;
	}

}
