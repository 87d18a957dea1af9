package app.heard.lasync.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox. A message is sent only when every earlier message of its case has
 * arrived, so the LA sees each case's changes in order; messages of different cases go
 * side by side. The row stays locked while it is sent, so two instances never send the
 * same message at once; if the answer is lost the message is sent again later with the
 * same id, which the LA recognises (Idempotency-Key). A message that keeps failing waits
 * longer each time and, after {@code maxAttempts}, stops and holds its case until an
 * administrator retries it.
 */
class OutboxSender implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

	private final LaClient la;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SyncState state;

	private final JsonMapper json;

	private final Clock clock;

	private final LaSyncProperties properties;

	private final MediaLinks links;

	private final List<Thread> workers = new ArrayList<>();

	private volatile boolean stopped;

	OutboxSender(LaClient la, JdbcClient jdbc, TransactionTemplate transactions, SyncState state, JsonMapper json,
			Clock clock, LaSyncProperties properties, MediaLinks links) {
		this.la = la;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.state = state;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
		this.links = links;
	}

	/**
	 * Starts {@code senders} threads, each sending whatever is due and resting
	 * {@code idle} when nothing is.
	 */
	void start(Duration idle) {
		for (int i = 0; i < properties.senders(); i++) {
			workers.add(Thread.ofPlatform().daemon().name("la-send-" + i).start(() -> {
				while (!stopped) {
					try {
						if (!sendNextQuietly()) {
							Thread.sleep(idle);
						}
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}));
		}
	}

	/** Sends everything that is due, on the calling thread, beside the senders. */
	void sendDue() {
		while (!stopped && sendNext()) {
			// until nothing is due
		}
	}

	private boolean sendNextQuietly() throws InterruptedException {
		try {
			return sendNext();
		}
		catch (RuntimeException ex) {
			// The database is away (a restart, a failover): rest, then try again
			log.warn("Sending to the LA stopped for a moment: {}", ex.toString());
			Thread.sleep(Duration.ofSeconds(5));
			return false;
		}
	}

	/**
	 * @return whether there was a message to send
	 */
	boolean sendNext() {
		var outcome = transactions.execute(status -> {
			var message = jdbc.sql("""
					select id, case_la_id, sequence, type, payload::text as payload, attempts, created_at
					from la_outbox o
					where status = 'PENDING' and next_attempt_at <= :now
					  and not exists (select 1 from la_outbox earlier
					                  where earlier.case_id = o.case_id and earlier.sequence < o.sequence
					                    and earlier.status <> 'SENT')
					order by next_attempt_at, created_at
					limit 1
					for update skip locked""")
				.param("now", Timestamp.from(clock.instant()))
				.query((row, n) -> new Message(row.getObject("id", UUID.class), row.getString("case_la_id"),
						row.getLong("sequence"), row.getString("type"), row.getString("payload"),
						row.getInt("attempts"), row.getTimestamp("created_at").toInstant()))
				.optional();
			return message.map(this::deliver);
		});
		if (outcome == null || outcome.isEmpty()) {
			return false;
		}
		outcome.get()
			.ifPresentOrElse(error -> state.failed(SyncState.SEND, error), () -> state.succeeded(SyncState.SEND));
		return true;
	}

	/**
	 * @return the error, if it was not delivered
	 */
	private Optional<String> deliver(Message message) {
		try {
			la.rest()
				.post()
				.uri("/v1/messages")
				.header("Idempotency-Key", message.id().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.body(json.writeValueAsString(message.envelope(json, links)))
				.retrieve()
				.toBodilessEntity();
			jdbc.sql(
					"update la_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null where id = :id")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", message.id())
				.update();
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			String error = describe(ex);
			int attempts = message.attempts() + 1;
			boolean givesUp = attempts >= properties.maxAttempts();
			jdbc.sql(
					"""
							update la_outbox set attempts = :attempts, status = :status, next_attempt_at = :next, last_error = :error
							where id = :id""")
				.param("attempts", attempts)
				.param("status", givesUp ? "FAILED" : "PENDING")
				.param("next", Timestamp.from(clock.instant().plus(wait(attempts))))
				.param("error", error)
				.param("id", message.id())
				.update();
			if (givesUp) {
				log.warn("LA message {} ({} #{} of case {}) gave up after {} tries: {}", message.id(), message.type(),
						message.sequence(), message.caseLaId(), attempts, error);
			}
			return Optional.of(error);
		}
	}

	/** 1 s, 2 s, 4 s … up to five minutes. */
	static Duration wait(int attempts) {
		var wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	private static String describe(RuntimeException ex) {
		var cause = ex.getCause() != null ? ex.getCause() : ex;
		var text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	@Override
	public void close() {
		stopped = true;
		workers.forEach(Thread::interrupt);
	}

	record Message(UUID id, String caseLaId, long sequence, String type, String payload, int attempts,
			Instant createdAt) {

		/**
		 * The message as it goes out, with fresh links on its media (stored without them,
		 * so a message that waited in the outbox still gives the LA their whole life).
		 */
		Map<String, Object> envelope(JsonMapper json, MediaLinks links) {
			JsonNode body = json.readTree(payload);
			links.fill(body);
			return Map.of("messageId", id, "caseLaId", caseLaId, "sequence", sequence, "type", type, "occurredAt",
					createdAt.toString(), "payload", body);
		}

	}

}
