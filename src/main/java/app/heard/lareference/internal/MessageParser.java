package app.heard.lareference.internal;

import app.heard.lareference.ReceivedMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads a {@code POST /v1/messages} body strictly: anything off is a 400. */
final class MessageParser {

	private static final Set<String> TYPES = Set.of("VIEWS_SUBMITTED", "COMMENTS_SUBMITTED", "ACCESS_CHANGED",
			"VIEWS_MEDIA_UPDATED");

	private MessageParser() {
	}

	static ReceivedMessage parse(byte[] body, String idempotencyKey) {
		JsonNode json = Http.readJson(body);
		if (json == null || !json.isObject()) {
			throw new Http.BadRequest("The body is a JSON object");
		}
		UUID messageId = uuid(text(json, "messageId"));
		if (!messageId.toString().equalsIgnoreCase(idempotencyKey == null ? "" : idempotencyKey.trim())) {
			throw new Http.BadRequest("Idempotency-Key must equal messageId");
		}
		String caseLaId = text(json, "caseLaId");
		JsonNode sequence = json.get("sequence");
		if (sequence == null || !sequence.isIntegralNumber() || sequence.longValue() < 1) {
			throw new Http.BadRequest("sequence is a whole number from 1");
		}
		String type = text(json, "type");
		if (!TYPES.contains(type)) {
			throw new Http.BadRequest("type is one of " + TYPES);
		}
		Instant occurredAt;
		try {
			occurredAt = Instant.parse(text(json, "occurredAt"));
		}
		catch (DateTimeParseException ex) {
			throw new Http.BadRequest("occurredAt is an ISO-8601 instant such as 2026-09-26T10:00:00Z");
		}
		JsonNode payload = json.get("payload");
		if (payload == null || !payload.isObject()) {
			throw new Http.BadRequest("payload is a JSON object");
		}
		return new ReceivedMessage(messageId, caseLaId, sequence.longValue(), type, occurredAt, payload, 1);
	}

	private static String text(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null || !value.isString() || value.stringValue().isBlank()) {
			throw new Http.BadRequest(name + " is a non-empty string");
		}
		return value.stringValue();
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new Http.BadRequest("messageId is a UUID");
		}
	}

}
