package app.heard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.IntegrationTest;
import app.heard.identity.SignedInPerson;
import app.heard.identity.internal.TestSignIn;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail is a table the application can only read and append to, and an event stays
 * recorded whatever happens to the transaction it was recorded in. Checked with real SQL
 * as the role the application connects as.
 */
@IntegrationTest
class AuditTrailIntegrationTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditLog log;

	@Autowired
	TestSignIn signIn;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	JdbcTemplate app;

	UUID caseId = UUID.randomUUID();

	@BeforeEach
	void connectAsTheApplication() {
		app = new JdbcTemplate(dataSource);
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void an_event_records_who_in_what_role_on_whose_behalf_what_when_and_from_where() {
		SignedInPerson advocate = signIn.as("advocate");
		trail.record(AuditEvent.allowed(caseId, "ADVOCATE", AuditAction.VIEW, "case").onBehalfOf("family"));

		assertThat(log.forCase(caseId)).singleElement().satisfies(event -> {
			assertThat(event.person()).contains(advocate.id());
			assertThat(event.role()).contains("ADVOCATE");
			assertThat(event.onBehalfOf()).contains("family");
			assertThat(event.action()).isEqualTo("VIEW");
			assertThat(event.resource()).isEqualTo("case");
			assertThat(event.outcome()).isEqualTo("ALLOWED");
			// No request here: work outside a request is a job's
			assertThat(event.source()).isEqualTo("job");
			assertThat(event.at()).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());
		});
	}

	@Test
	void a_denial_recorded_in_a_transaction_that_rolls_back_is_kept() {
		signIn.as("someone-else-" + UUID.randomUUID());
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			trail.record(AuditEvent.denied(caseId, AuditAction.VIEW, "case"));
			status.setRollbackOnly();
		});

		assertThat(log.forCase(caseId)).singleElement()
			.satisfies(event -> assertThat(event.outcome()).isEqualTo("DENIED"));
	}

	@Test
	void the_application_can_append_and_read_but_never_change_or_remove_an_event() {
		trail.record(AuditEvent.allowed(caseId, "PARENT_CARER", AuditAction.VIEW, "case"));

		assertThatThrownBy(() -> app.update("update audit_event set resource = 'nothing' where case_id = ?", caseId))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> app.update("delete from audit_event where case_id = ?", caseId))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> app.execute("truncate audit_event")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> app.execute("alter table audit_event disable trigger all"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("must be owner");
		assertThat(log.forCase(caseId)).singleElement()
			.satisfies(event -> assertThat(event.resource()).isEqualTo("case"));
	}

	@Test
	void the_application_connects_as_a_role_that_owns_nothing_and_cannot_change_the_schema() {
		assertThat(app.queryForObject("select current_user", String.class)).isEqualTo("heard_app");
		assertThat(app.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls"
				+ " from pg_roles where rolname = current_user", Boolean.class))
			.isFalse();
		String me = "(select oid from pg_roles where rolname = current_user)";
		assertThat(app.queryForObject("select count(*) from pg_class where relowner = " + me, Integer.class))
			.as("tables, views, sequences, indexes")
			.isZero();
		assertThat(app.queryForObject("select count(*) from pg_namespace where nspowner = " + me, Integer.class))
			.isZero();
		assertThat(app.queryForObject("select count(*) from pg_proc where proowner = " + me, Integer.class)).isZero();
		assertThat(app.queryForObject("select count(*) from pg_type where typowner = " + me, Integer.class)).isZero();
		assertThat(app.queryForObject("select count(*) from pg_database where datdba = " + me, Integer.class)).isZero();
		assertThatThrownBy(() -> app.execute("create table mine (id int)")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void every_other_table_migrations_made_is_readable_and_writable_by_the_application() {
		var tables = app.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
				+ " and table_type = 'BASE TABLE' and table_name not in ('audit_event', 'flyway_schema_history')",
				String.class);
		assertThat(tables).contains("ehc_case", "attachment", "jobrunr_jobs");
		for (String privilege : new String[] { "SELECT", "INSERT", "UPDATE", "DELETE" }) {
			assertThat(tables).as(privilege)
				.allSatisfy(table -> assertThat(
						app.queryForObject("select has_table_privilege(?, ?)", Boolean.class, table, privilege))
					.as(table)
					.isTrue());
		}
	}

}
