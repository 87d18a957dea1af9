package app.heard.lareference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal's side of the wire, as plainly as the tests need it. */
final class LaHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private String token = "any-token";

	LaHttp(URI base) {
		this.base = base;
	}

	LaHttp withToken(String token) {
		this.token = token;
		return this;
	}

	HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return send(authorised(pathAndQuery).GET().timeout(Duration.ofSeconds(10)).build());
	}

	HttpResponse<String> postMessage(String idempotencyKey, String body, Duration timeout)
			throws IOException, InterruptedException {
		return send(authorised("/v1/messages").timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> postMessage(UUID messageId, String caseLaId, long sequence)
			throws IOException, InterruptedException {
		return postMessage(messageId.toString(), message(messageId, caseLaId, sequence), Duration.ofSeconds(10));
	}

	HttpResponse<String> admin(String method, String path, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(base.resolve(path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static String message(UUID messageId, String caseLaId, long sequence) {
		return """
				{"messageId":"%s","caseLaId":"%s","sequence":%d,"type":"VIEWS_SUBMITTED",
				 "occurredAt":"2026-09-20T14:03:11Z","payload":{"reviewLaId":"REV-77","kind":"ABOUT_ME"}}
				""".formatted(messageId, caseLaId, sequence);
	}

	/** A snapshot with what every snapshot has and nothing more. */
	static String snapshot(String laId, long laVersion) {
		return """
				{"laId":"%s","laVersion":%d,"laReference":"EHC/%s","team":{"laId":"T1","laVersion":1,"name":"SEN Team"},
				 "child":{"laId":"CH-%s","givenName":"Sam","familyName":"Okafor","dateOfBirth":"2016-02-11"},
				 "plans":[],"reviews":[],"people":[],"restrictions":[],"commentResponses":[]}
				""".formatted(laId, laVersion, laId, laId);
	}

	private HttpRequest.Builder authorised(String pathAndQuery) {
		var request = HttpRequest.newBuilder(base.resolve(pathAndQuery));
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
