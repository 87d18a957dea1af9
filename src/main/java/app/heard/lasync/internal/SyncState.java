package app.heard.lasync.internal;

import app.heard.lasync.SyncHealth.Direction;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each direction of the sync last tried and last worked (la_sync_state), in short
 * statements of their own so that no sender waits on another's row.
 */
@Component
class SyncState {

	static final String PULL = "pull";

	static final String PUSH_IN = "push-in";

	static final String SEND = "send";

	static final String RECONCILIATION = "reconciliation";

	private final JdbcClient jdbc;

	private final Clock clock;

	SyncState(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void succeeded(String name) {
		jdbc.sql("update la_sync_state set last_try_at = :now, last_ok_at = :now, last_error = null where name = :name")
			.param("now", Timestamp.from(clock.instant()))
			.param("name", name)
			.update();
	}

	void failed(String name, String error) {
		jdbc.sql("update la_sync_state set last_try_at = :now, last_error = :error where name = :name")
			.param("now", Timestamp.from(clock.instant()))
			.param("error", error)
			.param("name", name)
			.update();
	}

	Direction direction(String name) {
		return jdbc.sql("select last_try_at, last_ok_at, last_error from la_sync_state where name = :name")
			.param("name", name)
			.query((row, n) -> new Direction(instant(row.getTimestamp("last_try_at")),
					instant(row.getTimestamp("last_ok_at")), Optional.ofNullable(row.getString("last_error"))))
			.single();
	}

	private static Optional<java.time.Instant> instant(Timestamp timestamp) {
		return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
	}

}
