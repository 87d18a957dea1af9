package app.heard.upload.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * Across instances the lock is a PostgreSQL session-level advisory lock. All of this
 * instance's are held by one connection of its own, outside the main pool and outside any
 * transaction: a phone may take minutes over 8 MiB, and a transaction or a pooled
 * connection held that long per upload would starve the pool. If the instance dies, the
 * connection closes and PostgreSQL frees every lock it held; keepalives make PostgreSQL
 * notice a machine that vanished within about a minute. A session's advisory locks are
 * re-entrant, so within this instance a set says who holds which upload.
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

	private final Set<UUID> here = ConcurrentHashMap.newKeySet();

	private final HikariDataSource source;

	/** Guarded by this; null until the first lock, and after it failed. */
	private Connection connection;

	/** Guarded by this; counts connections, so a lock knows whether its is still open. */
	private long generation;

	UploadLocks(DataSource dataSource) throws SQLException {
		this.source = lockConnectionSource(dataSource.unwrap(HikariDataSource.class));
	}

	/**
	 * Takes the upload's lock without waiting.
	 * @return the lock, to close when the request is done; empty if another request, on
	 * this or any instance, holds it
	 */
	Optional<Held> tryLock(UUID id) {
		if (!here.add(id)) {
			return Optional.empty();
		}
		Optional<Held> held = Optional.empty();
		try {
			held = tryLockInDatabase(id);
			return held;
		}
		finally {
			if (held.isEmpty()) {
				here.remove(id);
			}
		}
	}

	private synchronized Optional<Held> tryLockInDatabase(UUID id) {
		try {
			if (connection == null) {
				connection = source.getConnection();
				generation++;
			}
			try (PreparedStatement query = connection.prepareStatement(TRY_LOCK)) {
				query.setString(1, id.toString());
				try (ResultSet result = query.executeQuery()) {
					result.next();
					return result.getBoolean(1) ? Optional.of(new Held(id, generation, result.getInt(2)))
							: Optional.empty();
				}
			}
		}
		catch (SQLException ex) {
			drop();
			throw new IllegalStateException("Could not take upload " + id + "'s lock", ex);
		}
	}

	private synchronized boolean stillHeld(Held held) {
		if (connection == null || held.generation != generation) {
			return false;
		}
		boolean alive;
		try {
			alive = connection.isValid(5);
		}
		catch (SQLException ex) {
			alive = false;
		}
		if (!alive) {
			drop();
		}
		return alive;
	}

	private synchronized void unlockInDatabase(Held held) {
		// Otherwise the connection that held it is closed, and the lock went with it
		if (connection != null && held.generation == generation) {
			try (PreparedStatement unlock = connection.prepareStatement(UNLOCK)) {
				unlock.setString(1, held.id.toString());
				unlock.execute();
			}
			catch (SQLException ex) {
				log.warn("Could not unlock upload {}; closing the lock connection, which frees it", held.id, ex);
				drop();
			}
		}
	}

	/**
	 * Closes a connection that failed: PostgreSQL then frees whatever locks it still
	 * held, and their requests no longer record progress.
	 */
	private void drop() {
		if (connection != null) {
			source.evictConnection(connection);
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.debug("Closing a failed lock connection", ex);
			}
			connection = null;
		}
	}

	@Override
	public synchronized void destroy() {
		drop();
		source.close();
	}

	/**
	 * The main pool's settings (address, role, password), for one connection at a time.
	 */
	private static HikariDataSource lockConnectionSource(HikariDataSource main) {
		var config = new HikariConfig();
		main.copyStateTo(config);
		config.setPoolName("upload-locks");
		config.setMaximumPoolSize(1);
		config.setMinimumIdle(0);
		config.setAutoCommit(true);
		config.setReadOnly(false);
		// PostgreSQL probes this mostly idle client after 30 s, every 10 s, three times:
		// the locks of a machine that vanished without closing its connection are freed
		// in about a minute rather than the operating system's two hours
		config.setConnectionInitSql(
				"set tcp_keepalives_idle = 30; set tcp_keepalives_interval = 10; set tcp_keepalives_count = 3");
		config.setMetricRegistry(null);
		config.setMetricsTrackerFactory(null);
		config.setHealthCheckRegistry(null);
		return new HikariDataSource(config);
	}

	/** An upload's lock while a request writes it. Closing it unlocks. */
	final class Held implements AutoCloseable {

		private final UUID id;

		private final long generation;

		private final int backend;

		private Held(UUID id, long generation, int backend) {
			this.id = id;
			this.generation = generation;
			this.backend = backend;
		}

		/**
		 * Before progress is recorded: the lock is still ours. If its connection was cut,
		 * another request may be writing the upload by now.
		 * @throws TusException 503 if the lock was lost
		 */
		void ensureHeld() {
			if (!stillHeld(this)) {
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
			try {
				unlockInDatabase(this);
			}
			finally {
				here.remove(id);
			}
		}

	}

}
