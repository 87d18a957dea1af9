package app.heard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health and Prometheus metrics answer on the management port only, never on the public
 * one.
 */
@IntegrationTest
class ManagementEndpointsTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void health_and_metrics_are_on_the_management_port() throws Exception {
		var health = get(managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		var metrics = get(managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void the_public_port_does_not_serve_them() throws Exception {
		assertThat(get(port, "/actuator/health").body()).doesNotContain("UP");
		assertThat(get(port, "/actuator/prometheus").body()).doesNotContain("jvm_memory_used_bytes");
	}

	private HttpResponse<String> get(int onPort, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
