package app.heard.notifications.internal;

import app.heard.identity.CurrentPerson;
import app.heard.notifications.EmailChoice;
import app.heard.notifications.MyNotifications;
import app.heard.notifications.Notification;
import app.heard.notifications.NotificationKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's list. Every query is keyed by the person the security context
 * holds, never by an id a caller passes. Apart from {@link NotificationService}, whose
 * callers act for nobody in particular, so that this one's security applies to all of it.
 */
@Service
@Transactional
class PersonalNotifications implements MyNotifications {

	private final JdbcClient jdbc;

	private final EmailChoices choices;

	private final CurrentPerson current;

	private final Clock clock;

	PersonalNotifications(JdbcClient jdbc, EmailChoices choices, CurrentPerson current, Clock clock) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.current = current;
		this.clock = clock;
	}

	@Override
	public List<Notification> readAll() {
		UUID me = current.require().id().value();
		var mine = jdbc.sql("""
				select id, kind, subject, body, path, created_at, read_at from notification
				where person_id = ? order by created_at desc, id""")
			.param(me)
			.query((rs, row) -> new Notification(rs.getObject("id", UUID.class),
					NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"),
					rs.getString("path"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null))
			.list();
		jdbc.sql("update notification set read_at = ? where person_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), me)
			.update();
		return mine;
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount() {
		return jdbc.sql("select count(*) from notification where person_id = ? and read_at is null")
			.param(current.require().id().value())
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public EmailChoice emailChoice() {
		return choices.of(current.require().id());
	}

	@Override
	public void chooseEmail(EmailChoice choice) {
		choices.keep(current.require().id(), choice);
	}

}
