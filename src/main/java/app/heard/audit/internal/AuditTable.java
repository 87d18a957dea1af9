package app.heard.audit.internal;

import app.heard.audit.AuditEvent;
import app.heard.audit.AuditLog;
import app.heard.audit.AuditTrail;
import app.heard.audit.RecordedEvent;
import app.heard.identity.CurrentPerson;
import app.heard.identity.PersonId;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The trail as rows of {@code audit_event}, which the application may only read and
 * append to (V0200).
 *
 * <p>
 * Each event is written at once, in a transaction of its own on a small pool of its own
 * (auto-commit): a denial recorded inside a transaction that then rolls back is kept, and
 * the write never waits for a connection of the main pool, which the caller may hold (two
 * connections per request from one pool can starve it under load). If the event cannot be
 * written the caller's request fails: nothing about a child is read or changed
 * unrecorded.
 */
@Component
class AuditTable implements AuditTrail, AuditLog, DisposableBean {

	static final String JOB = "job";

	private static final int MAX_USER_AGENT = 300;

	private final HikariDataSource pool;

	private final JdbcTemplate jdbc;

	private final CurrentPerson currentPerson;

	private final Clock clock;

	AuditTable(DataSource dataSource, CurrentPerson currentPerson, Clock clock) throws SQLException {
		this.pool = ownPool(dataSource);
		this.jdbc = new JdbcTemplate(pool);
		this.currentPerson = currentPerson;
		this.clock = clock;
	}

	/**
	 * Same database, role and settings as the application's pool; fewer connections.
	 */
	private static HikariDataSource ownPool(DataSource dataSource) throws SQLException {
		var config = new HikariConfig();
		dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
		config.setPoolName("audit");
		config.setMaximumPoolSize(3);
		config.setMinimumIdle(1);
		config.setAutoCommit(true);
		config.setReadOnly(false);
		return new HikariDataSource(config);
	}

	@Override
	public void record(AuditEvent event) {
		UUID person = currentPerson.find().map(signedIn -> signedIn.id().value()).orElse(null);
		jdbc.update(
				"insert into audit_event (at, person_id, role, on_behalf_of, case_id, action, resource, outcome, source)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(clock.instant()), person, event.role().orElse(null), event.onBehalfOf().orElse(null),
				event.caseId().orElse(null), event.action().name(), event.resource(), event.outcome().name(), source());
	}

	@Override
	public List<RecordedEvent> forCase(UUID caseId) {
		return jdbc.query(
				"select at, person_id, role, on_behalf_of, action, resource, outcome, source from audit_event"
						+ " where case_id = ? order by at, id",
				(row, n) -> new RecordedEvent(row.getTimestamp("at").toInstant(),
						Optional.ofNullable(row.getObject("person_id", UUID.class)).map(PersonId::new),
						Optional.ofNullable(row.getString("role")), Optional.ofNullable(row.getString("on_behalf_of")),
						caseId, row.getString("action"), row.getString("resource"), row.getString("outcome"),
						row.getString("source")),
				caseId);
	}

	/** The request's remote address and user agent; "job" for work outside a request. */
	private static String source() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			var request = attributes.getRequest();
			String agent = request.getHeader("User-Agent");
			if (agent == null) {
				return request.getRemoteAddr();
			}
			return request.getRemoteAddr() + " "
					+ (agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent);
		}
		return JOB;
	}

	@Override
	public void destroy() {
		pool.close();
	}

}
