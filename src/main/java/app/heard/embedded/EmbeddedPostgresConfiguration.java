package app.heard.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL server of its own, keeping its data in a folder between runs so a restart
 * loses nothing. An empty {@code heard.embedded.postgres.data-directory} gives a
 * throwaway database (the tests use that).
 *
 * <p>
 * Set up as production is (docker-compose.yml, README "Database roles"): database
 * {@code heard} belongs to {@value #OWNER}, as the schema and everything Flyway creates;
 * the portal connects as {@value #APP}, which owns nothing and may only read and write
 * rows (the audit trail: read and append). The tests therefore run with the same rights
 * as production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
class EmbeddedPostgresConfiguration {

	static final String DATABASE = "heard";

	static final String OWNER = "heard_owner";

	static final String APP = "heard_app";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${heard.embedded.postgres.data-directory:}") String dataDirectory,
			@Value("${heard.embedded.postgres.port:0}") int port) throws IOException, SQLException {
		// Stopped by this bean's close, after everything using the database: its own JVM
		// shutdown hook would stop it while JobRunr is still saying goodbye through it,
		// which then waits 30 s for a connection
		var builder = EmbeddedPostgres.builder()
			.setPort(port)
			.setServerConfig("max_connections", "50")
			.setRegisterShutdownHook(false);
		if (!dataDirectory.isBlank()) {
			Path directory = Files.createDirectories(Path.of(dataDirectory));
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
		}
		var postgres = builder.start();
		createRolesAndDatabase(postgres);
		return postgres;
	}

	/**
	 * Idempotent, as the data directory is kept between runs. The embedded server trusts
	 * local connections (no passwords); what matters here is which role may do what.
	 */
	private static void createRolesAndDatabase(EmbeddedPostgres postgres) {
		var server = new JdbcTemplate(postgres.getPostgresDatabase());
		for (String role : new String[] { OWNER, APP }) {
			if (server.queryForList("select 1 from pg_roles where rolname = ?", role).isEmpty()) {
				server.execute("create role " + role + " login");
			}
		}
		if (server.queryForList("select 1 from pg_database where datname = ?", DATABASE).isEmpty()) {
			server.execute("create database " + DATABASE + " owner " + OWNER);
		}
		var heard = new JdbcTemplate(postgres.getDatabase("postgres", DATABASE));
		heard.execute("revoke all on database " + DATABASE + " from public");
		heard.execute("grant connect, temporary on database " + DATABASE + " to " + APP);
		// PostgreSQL 15+: schema public belongs to the database owner and nobody else
		// may create in it
		heard.execute("grant usage on schema public to " + APP);
		heard.execute("alter default privileges for role " + OWNER
				+ " grant select, insert, update, delete on tables to " + APP);
		heard.execute("alter default privileges for role " + OWNER + " grant usage, select on sequences to " + APP);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(APP, DATABASE));
		dataSource.setUsername(APP);
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/** Migrations run as the owner, as {@code SPRING_FLYWAY_USER} does in production. */
	@Bean
	FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedPostgres postgres) {
		return configuration -> configuration.dataSource(postgres.getJdbcUrl(OWNER, DATABASE), OWNER, "");
	}

}
