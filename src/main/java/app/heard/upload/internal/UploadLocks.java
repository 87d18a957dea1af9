package app.heard.upload.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One request at a time writes an upload, whichever instance of the portal it reaches
 * (0008, 0020). A phone that lost its connection retries while a server may still be
 * reading the old request; the retry is told 423 Locked at once and tries again shortly.
 *
 * <p>
 * The lock is a PostgreSQL session-level advisory lock, held on a connection of its own
 * for as long as the request writes. Not a transaction of the main pool: a phone may take
 * minutes to send 8 MiB, and that would hold one of the pool's few connections and a
 * transaction open all along. If the instance dies, its connection closes and PostgreSQL
 * frees the lock; keepalives set on these connections make PostgreSQL notice a machine
 * that vanished within about a minute. Each request that writes holds one of these
 * connections, at most {@link UploadProperties#concurrentWrites()} per instance.
 */
@Component
class UploadLocks implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UploadLocks.class);

	/**
	 * The same key as {@link UploadRepository#tryLockForRemoval}: two 32-bit keys, the
	 * first naming what is locked, so nothing else's advisory locks meet these. Two
	 * uploads whose ids hash alike only take turns.
	 */
	private static final String TRY_LOCK = "select pg_try_advisory_lock(hashtext('upload-write'), hashtext(?)), pg_backend_pid()";

	private static final String UNLOCK = "select pg_advisory_unlock(hashtext('upload-write'), hashtext(?))";

	private final HikariDataSource connections;

	UploadLocks(DataSource dataSource, UploadProperties properties) throws SQLException {
		this.connections = lockPool(dataSource.unwrap(HikariDataSource.class), properties.concurrentWrites());
	}

	/**
	 * Takes the upload's lock without waiting.
	 * @return the lock, to close when the request is done; empty if another request, on
	 * this or any instance, holds it
	 * @throws TusException 503 when this instance already has as many requests writing as
	 * it allows
	 */
	Optional<Held> tryLock(UUID id) {
		Connection connection;
		try {
			connection = connections.getConnection();
		}
		catch (SQLTransientConnectionException busy) {
			throw new TusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many uploads at once; try again shortly");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No connection for an upload's lock", ex);
		}
		try (PreparedStatement query = connection.prepareStatement(TRY_LOCK)) {
			query.setString(1, id.toString());
			try (ResultSet result = query.executeQuery()) {
				result.next();
				if (result.getBoolean(1)) {
					return Optional.of(new Held(id, connection, result.getInt(2)));
				}
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			connections.evictConnection(connection);
			throw new IllegalStateException("Could not take upload " + id + "'s lock", ex);
		}
	}

	@Override
	public void destroy() {
		connections.close();
	}

	/**
	 * A pool of its own, with the main pool's settings (address, role, password), opened
	 * only while uploads are being written.
	 */
	private static HikariDataSource lockPool(HikariDataSource main, int size) {
		var config = new HikariConfig();
		main.copyStateTo(config);
		config.setPoolName("upload-locks");
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(0);
		config.setIdleTimeout(10_000);
		// Full: answer "busy" at once rather than keep the request waiting
		config.setConnectionTimeout(250);
		config.setAutoCommit(true);
		config.setReadOnly(false);
		// PostgreSQL probes an idle client after 30 s, every 10 s, three times: the locks
		// of a machine that vanished without closing its connections are freed in about
		// a minute rather than the operating system's two hours
		config.setConnectionInitSql(
				"set tcp_keepalives_idle = 30; set tcp_keepalives_interval = 10; set tcp_keepalives_count = 3");
		config.setMetricRegistry(null);
		config.setMetricsTrackerFactory(null);
		config.setHealthCheckRegistry(null);
		return new HikariDataSource(config);
	}

	/**
	 * An upload's lock while a request writes it. Closing it unlocks; a connection that
	 * failed is thrown away rather than returned to the pool, so no lock outlives its
	 * request.
	 */
	final class Held implements AutoCloseable {

		private final UUID id;

		private final Connection connection;

		private final int backend;

		private Held(UUID id, Connection connection, int backend) {
			this.id = id;
			this.connection = connection;
			this.backend = backend;
		}

		/**
		 * Before progress is recorded: the lock is still ours. If its connection was cut,
		 * another request may be writing the upload by now.
		 * @throws TusException 503 if the lock was lost
		 */
		void ensureHeld() {
			boolean alive;
			try {
				alive = connection.isValid(5);
			}
			catch (SQLException ex) {
				alive = false;
			}
			if (!alive) {
				throw new TusException(HttpStatus.SERVICE_UNAVAILABLE,
						"Lost the lock on this upload; continue from the offset HEAD gives");
			}
		}

		/** The PostgreSQL backend that holds the lock, to tell it in pg_locks. */
		int backend() {
			return backend;
		}

		@Override
		public void close() {
			try (PreparedStatement unlock = connection.prepareStatement(UNLOCK)) {
				unlock.setString(1, id.toString());
				unlock.execute();
				connection.close();
			}
			catch (SQLException ex) {
				// Closing the connection itself frees whatever it still held
				log.warn("Could not unlock upload {}; closing its connection", id, ex);
				connections.evictConnection(connection);
			}
		}

	}

}
