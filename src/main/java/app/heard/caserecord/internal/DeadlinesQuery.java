package app.heard.caserecord.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.Deadlines;
import app.heard.caserecord.ReviewId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DeadlinesQuery implements Deadlines {

	private final JdbcClient jdbc;

	DeadlinesQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ViewsDue> viewsDueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select case_id, id, views_due_on from review
				where views_due_on between ? and ? and stage in ('ARRANGE', 'VIEWS')""")
			.params(from, to)
			.query((rs, row) -> new ViewsDue(new CaseId(rs.getObject("case_id", UUID.class)),
					new ReviewId(rs.getObject("id", UUID.class)), rs.getDate("views_due_on").toLocalDate()))
			.list();
	}

	@Override
	public List<DraftServed> draftsServedSince(LocalDate since) {
		return jdbc.sql("""
				select p.case_id, p.id, p.served_on from plan p
				where p.kind = 'DRAFT' and p.served_on >= ?
				and not exists (select 1 from plan later where later.case_id = p.case_id and later.id <> p.id
				    and coalesce(later.served_on, later.issued_on) > p.served_on)""")
			.param(since)
			.query((rs, row) -> new DraftServed(new CaseId(rs.getObject("case_id", UUID.class)),
					rs.getObject("id", UUID.class), rs.getDate("served_on").toLocalDate()))
			.list();
	}

}
