package app.heard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml parses (Debian's docker-compose validates it without a Docker
 * engine) and keeps its promises: the portal is configured by environment only, runs with
 * no profile, publishes no management port, and keeps renditions in MinIO; the portal's
 * own defaults keep them on its disk.
 */
class ProductionStackTest {

	@Test
	@SuppressWarnings("unchecked")
	void the_compose_file_is_valid_and_publishes_only_the_portal() throws Exception {
		Map<String, Object> services = composeServices();
		assertThat(services).containsKeys("postgres", "keycloak", "mailcatcher", "portal");
		var portal = (Map<String, Object>) services.get("portal");
		var environment = (Map<String, Object>) portal.get("environment");
		assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "HEARD_OIDC_ISSUER_URI", "HEARD_OIDC_CLIENT_ID",
				"HEARD_OIDC_CLIENT_SECRET", "SPRING_MAIL_HOST", "MANAGEMENT_SERVER_PORT");
		assertThat(environment).doesNotContainKey("SPRING_PROFILES_ACTIVE");
		// docker-compose 1.x writes short syntax: host-ip:published:target/protocol
		var ports = (List<String>) portal.get("ports");
		assertThat(ports).containsExactly("127.0.0.1:8080:8080/tcp");

		// Renditions in MinIO with the portal's own user, not the root one
		// (docs/decisions/0011)
		assertThat(services).containsKeys("minio", "minio-init");
		assertThat(environment).containsEntry("HEARD_ATTACHMENTS_STORAGE", "s3")
			.containsEntry("HEARD_S3_ENDPOINT", "http://minio:9000")
			.containsKeys("HEARD_S3_BUCKET", "HEARD_S3_ACCESS_KEY", "HEARD_S3_SECRET_KEY")
			.doesNotContainKeys("MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD");
		assertThat((Map<String, Object>) portal.get("depends_on")).containsKey("minio-init");
	}

	/**
	 * Decision 0010: clamd must never answer "OK" for a file it did not read to the end.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void the_portal_scans_with_the_stacks_clamd_which_reports_limits_it_reached() throws Exception {
		Map<String, Object> services = composeServices();
		var portal = (Map<String, Object>) services.get("portal");
		assertThat((Map<String, Object>) portal.get("environment")).containsEntry("HEARD_CLAMAV_HOST", "clamav");
		var clamav = (Map<String, Object>) services.get("clamav");
		assertThat((Map<String, Object>) clamav.get("environment")).containsEntry("CLAMD_CONF_AlertExceedsMax", "yes");
		assertThat(clamav).doesNotContainKey("ports");
	}

	/**
	 * Decision 0020: a second instance of the same application, with the same
	 * configuration and the same uploads volume, published nowhere.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void a_second_instance_shares_the_portals_configuration_and_uploads_volume() throws Exception {
		Map<String, Object> services = composeServices();
		var portal = (Map<String, Object>) services.get("portal");
		var worker = (Map<String, Object>) services.get("worker");
		assertThat(worker).containsEntry("image", portal.get("image"))
			.containsEntry("environment", portal.get("environment"))
			.containsEntry("volumes", portal.get("volumes"))
			.doesNotContainKey("ports");
		assertThat((List<String>) worker.get("volumes")).anyMatch(volume -> volume.startsWith("uploads:"));
		assertThat((Map<String, Object>) portal.get("environment")).containsKey("HEARD_UPLOAD_DIRECTORY");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> composeServices() throws Exception {
		var process = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config")
			.redirectErrorStream(true)
			.start();
		String config;
		try (InputStream out = process.getInputStream()) {
			config = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(config).isZero();
		return (Map<String, Object>) new Yaml().<Map<String, Object>>load(config).get("services");
	}

	@Test
	void production_defaults_keep_the_session_cookie_secure_and_never_load_embedded_parts() throws Exception {
		var properties = new Properties();
		try (var in = new ClassPathResource("application.properties").getInputStream()) {
			properties.load(in);
		}
		assertThat(properties).containsEntry("server.servlet.session.cookie.secure", "true")
			.containsEntry("server.servlet.session.cookie.http-only", "true")
			.containsEntry("server.servlet.session.cookie.same-site", "lax")
			.containsEntry("spring.jpa.hibernate.ddl-auto", "validate")
			.containsEntry("spring.jpa.open-in-view", "false")
			.containsEntry("heard.attachments.storage", "${HEARD_ATTACHMENTS_STORAGE:filesystem}")
			.doesNotContainKey("spring.profiles.active")
			.doesNotContainKey("spring.profiles.include");
	}

}
