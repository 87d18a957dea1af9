package app.heard.lareference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PushIntegrationTest {

	private static final String SECRET = "shared-with-the-portal";

	private static final Instant NOW = Instant.parse("2026-09-26T10:00:00Z");

	private final AtomicReference<Push> received = new AtomicReference<>();

	private final HttpServer portalServer = portal();

	private final ReferenceLaServer la = ReferenceLaServer.start(ReferenceLaServer.Options.onPort(0)
		.withPush(URI.create("http://127.0.0.1:" + portalServer.getAddress().getPort() + "/api/la/v1/cases"), SECRET)
		.withClock(Clock.fixed(NOW, ZoneOffset.UTC)));

	@AfterEach
	void stop() {
		la.close();
		portalServer.stop(0);
	}

	@Test
	void a_push_sends_the_latest_snapshot_signed_over_the_timestamp_and_the_exact_body() throws Exception {
		la.storeCase(LaHttp.snapshot("C-1", 1));
		la.storeCase(LaHttp.snapshot("C-1", 2));

		assertThat(la.push("C-1")).isEqualTo(200);

		Push push = received.get();
		assertThat(push.timestamp()).isEqualTo(Long.toString(NOW.getEpochSecond()));
		assertThat(push.signature()).isEqualTo("sha256=" + hmac(push.timestamp() + "." + push.body()));
		assertThat(LaHttp.JSON.readTree(push.body())).isEqualTo(LaHttp.JSON.readTree(LaHttp.snapshot("C-1", 2)));
	}

	@Test
	void a_push_over_the_admin_endpoint_reports_the_portals_status() throws Exception {
		var http = new LaHttp(la.baseUri());
		assertThat(http.admin("PUT", "/admin/cases/C-9", LaHttp.snapshot("C-9", 3)).statusCode()).isEqualTo(200);

		var response = http.admin("POST", "/admin/cases/C-9/push", null);

		assertThat(LaHttp.json(response).get("portalStatus").asInt()).isEqualTo(200);
		assertThat(received.get().body()).contains("\"C-9\"");
		assertThat(http.admin("POST", "/admin/cases/C-404/push", null).statusCode()).isEqualTo(404);
	}

	@Test
	void messages_are_listed_over_the_admin_endpoint() throws Exception {
		var http = new LaHttp(la.baseUri());
		UUID id = UUID.randomUUID();
		http.postMessage(id, "C-1", 1);
		http.postMessage(id, "C-1", 1);

		var listed = LaHttp.json(http.admin("GET", "/admin/messages", null));

		assertThat(listed.at("/0/messageId").asString()).isEqualTo(id.toString());
		assertThat(listed.at("/0/deliveries").asInt()).isEqualTo(2);
		assertThat(listed.at("/0/payload/kind").asString()).isEqualTo("ABOUT_ME");
	}

	@Test
	void a_server_without_a_push_target_refuses_to_push() {
		try (var alone = ReferenceLaServer.start(ReferenceLaServer.Options.onPort(0))) {
			alone.storeCase(LaHttp.snapshot("C-1", 1));
			assertThatIllegalStateException().isThrownBy(() -> alone.push("C-1"));
		}
	}

	private static String hmac(String signed) throws Exception {
		var mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

	private HttpServer portal() {
		try {
			var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/api/la/v1/cases", exchange -> {
				var headers = exchange.getRequestHeaders();
				received.set(new Push(headers.getFirst("X-Heard-Timestamp"), headers.getFirst("X-Heard-Signature"),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				byte[] body = "{\"caseId\":\"7d1e4a8e-2b9f-4a51-8d0c-5f3e2a1b9c77\"}".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				try (var out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Push(String timestamp, String signature, String body) {
	}

}
