package app.heard.lareference.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reading and answering exchanges in JSON. */
public final class Http {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private Http() {
	}

	public static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	public static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	public static void error(HttpExchange exchange, int status, String message) throws IOException {
		send(exchange, status, object().put("error", message));
	}

	/**
	 * Closes the connection without a status line. The JDK server does exactly that when
	 * an exchange is closed before its response headers were sent.
	 */
	public static void abort(HttpExchange exchange) {
		exchange.close();
	}

	/** The body as JSON, or {@code null} when it is not JSON at all. */
	public static JsonNode readJson(byte[] body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	public static Map<String, String> query(HttpExchange exchange) {
		var parameters = new LinkedHashMap<String, String>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw == null || raw.isEmpty()) {
			return parameters;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return parameters;
	}

	/** A non-negative whole number from the query, or {@code fallback} when absent. */
	public static long number(Map<String, String> query, String name, long fallback) {
		String value = query.get(name);
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			long number = Long.parseLong(value);
			if (number < 0) {
				throw new BadRequest(name + " cannot be negative");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new BadRequest(name + " must be a whole number");
		}
	}

	/** A page size: at least 1, default 500, and never more than 1000. */
	public static int limit(Map<String, String> query) {
		long limit = number(query, "limit", 500);
		if (limit < 1) {
			throw new BadRequest("limit must be at least 1");
		}
		return (int) Math.min(limit, 1000);
	}

	/** A request the contract does not allow; answered 400 with its message. */
	public static final class BadRequest extends RuntimeException {

		public BadRequest(String message) {
			super(message);
		}

	}

}
