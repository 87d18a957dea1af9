package app.heard.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A PostgreSQL server of its own, keeping its data in a folder between runs so a restart
 * loses nothing. An empty {@code heard.embedded.postgres.data-directory} gives a
 * throwaway database (the tests use that).
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${heard.embedded.postgres.data-directory:}") String dataDirectory,
			@Value("${heard.embedded.postgres.port:0}") int port) throws IOException {
		var builder = EmbeddedPostgres.builder().setPort(port).setServerConfig("max_connections", "50");
		if (!dataDirectory.isBlank()) {
			Path directory = Files.createDirectories(Path.of(dataDirectory));
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
