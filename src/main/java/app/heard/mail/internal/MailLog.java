package app.heard.mail.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of each email: to whom, about what, how many tries, the last error. Never
 * the body, which may hold a secret link. Each entry is its own transaction: it is
 * written from the delivery thread, after the action that sent the email has committed.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class MailLog {

	enum Status {

		QUEUED, RETRYING, SENT, FAILED, NOT_CONFIGURED

	}

	record Entry(UUID id, String recipient, String subject, Status status, int attempts, Optional<String> lastError) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	MailLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID queued(String recipient, String subject) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into mail_delivery (id, recipient, subject, status, attempts, created_at, updated_at)
				values (?, ?, ?, 'QUEUED', 0, ?, ?)""").params(id, recipient, subject, now(), now()).update();
		return id;
	}

	void sent(UUID id, int attempts) {
		update(id, Status.SENT, attempts, null);
	}

	void retrying(UUID id, int attempts, String error) {
		update(id, Status.RETRYING, attempts, error);
	}

	void failed(UUID id, int attempts, String error) {
		update(id, Status.FAILED, attempts, error);
	}

	void notConfigured(UUID id) {
		update(id, Status.NOT_CONFIGURED, 0, "No mail server configured");
	}

	@Transactional(readOnly = true)
	Optional<Entry> find(UUID id) {
		return jdbc.sql("select id, recipient, subject, status, attempts, last_error from mail_delivery where id = ?")
			.param(id)
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
					Optional.ofNullable(rs.getString("last_error"))))
			.optional();
	}

	@Transactional(readOnly = true)
	Optional<Entry> latestTo(String recipient) {
		return jdbc.sql("select id from mail_delivery where recipient = ? order by created_at desc limit 1")
			.param(recipient)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	private void update(UUID id, Status status, int attempts, String error) {
		jdbc.sql("update mail_delivery set status = ?, attempts = ?, last_error = ?, updated_at = ? where id = ?")
			.params(status.name(), attempts, error == null ? null : abbreviate(error), now(), id)
			.update();
	}

	private java.sql.Timestamp now() {
		return java.sql.Timestamp.from(clock.instant());
	}

	private static String abbreviate(String error) {
		return error.length() > 1000 ? error.substring(0, 1000) : error;
	}

}
