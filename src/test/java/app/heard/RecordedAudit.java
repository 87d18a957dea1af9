package app.heard;

import app.heard.caserecord.CaseId;
import app.heard.identity.PersonId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail as tests read it: the {@code audit_event} table, from a mark on. Every
 * test in a run shares the table, so a step's events are those after the mark it took.
 */
public final class RecordedAudit {

	private final JdbcTemplate jdbc;

	public RecordedAudit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Where the trail is now; events after it are the ones a step caused. */
	public long mark() {
		return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	/**
	 * What this person was allowed to do in this case since the mark, each as "ACTION
	 * resource on-behalf-of" ("-" when on their own behalf), in order.
	 */
	public List<String> allowedSince(long mark, PersonId by, CaseId caseId) {
		return jdbc.queryForList(
				"select action || ' ' || resource || ' ' || coalesce(on_behalf_of, '-') from audit_event"
						+ " where id > ? and outcome = 'ALLOWED' and person_id = ? and case_id = ? order by id",
				String.class, mark, by.value(), caseId.value());
	}

	/** Whether a refusal by this person in this case was recorded since the mark. */
	public boolean deniedSince(long mark, PersonId by, CaseId caseId) {
		return jdbc.queryForObject(
				"select count(*) from audit_event where id > ? and outcome = 'DENIED' and person_id = ? and case_id = ?",
				Long.class, mark, by.value(), caseId.value()) > 0;
	}

}
