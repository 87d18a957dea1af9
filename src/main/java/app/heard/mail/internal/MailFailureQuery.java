package app.heard.mail.internal;

import app.heard.mail.MailFailures;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class MailFailureQuery implements MailFailures {

	private final JdbcClient jdbc;

	MailFailureQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Failure> failedTo(Collection<String> recipients) {
		if (recipients.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select recipient, updated_at, last_error from mail_delivery
				where status = 'FAILED' and recipient in (:recipients) order by updated_at desc""")
			.param("recipients", List.copyOf(recipients))
			.query((rs, row) -> new Failure(rs.getString("recipient"), rs.getTimestamp("updated_at").toInstant(),
					rs.getString("last_error") == null ? "" : rs.getString("last_error")))
			.list();
	}

}
