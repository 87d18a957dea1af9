package app.heard.lareference.internal;

import app.heard.lareference.Faults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Faults as the admin endpoint reads and shows them. A missing probability is 0 and a
 * missing stall is {@value Faults#DEFAULT_STALL_MILLIS} ms, so {@code {"reset":0.1}}
 * alone is a complete request.
 */
final class FaultsJson {

	private FaultsJson() {
	}

	static Faults read(byte[] body) {
		JsonNode json = Http.readJson(body);
		if (json == null || !json.isObject()) {
			throw new IllegalArgumentException("Faults are a JSON object");
		}
		return new Faults(json.path("seed").asLong(0), json.path("reset").asDouble(0), json.path("error").asDouble(0),
				json.path("stall").asDouble(0), json.path("ackLost").asDouble(0),
				json.path("duplicateFeed").asDouble(0), json.path("stallMillis").asLong(Faults.DEFAULT_STALL_MILLIS));
	}

	static ObjectNode write(Faults faults) {
		return Http.object()
			.put("seed", faults.seed())
			.put("reset", faults.reset())
			.put("error", faults.error())
			.put("stall", faults.stall())
			.put("ackLost", faults.ackLost())
			.put("duplicateFeed", faults.duplicateFeed())
			.put("stallMillis", faults.stallMillis());
	}

}
