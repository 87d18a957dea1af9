package app.heard.notifications.internal;

import app.heard.identity.PersonId;
import app.heard.notifications.EmailChoice;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each person's email choice, for the two services of this module. */
@Component
@Transactional
class EmailChoices {

	private final JdbcClient jdbc;

	private final Clock clock;

	EmailChoices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	EmailChoice of(PersonId person) {
		return jdbc.sql("select choice from notification_email_choice where person_id = ?")
			.param(person.value())
			.query(String.class)
			.optional()
			.map(EmailChoice::valueOf)
			.orElse(EmailChoice.EACH_TIME);
	}

	void keep(PersonId person, EmailChoice choice) {
		jdbc.sql("""
				insert into notification_email_choice (person_id, choice, updated_at) values (?, ?, ?)
				on conflict (person_id) do update set choice = excluded.choice, updated_at = excluded.updated_at""")
			.params(person.value(), choice.name(), Timestamp.from(clock.instant()))
			.update();
	}

}
