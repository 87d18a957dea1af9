package app.heard.lareference.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/**
 * {@code GET /v1/cases/{laId}}: a case's latest snapshot, for reconciling one case; and
 * {@code GET /v1/cases?after=&limit=}: every case's LA id and version in LA id order, for
 * the nightly reconciliation.
 */
public final class CaseRecords implements HttpHandler {

	private static final String PREFIX = "/v1/cases";

	private final CaseStore cases;

	public CaseRecords(CaseStore cases) {
		this.cases = cases;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		if (!"GET".equals(exchange.getRequestMethod())) {
			Http.error(exchange, 405, "GET only");
			return;
		}
		String path = exchange.getRequestURI().getPath();
		if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
			list(exchange);
			return;
		}
		if (!path.startsWith(PREFIX + "/")) {
			Http.error(exchange, 404, "No such path: " + path);
			return;
		}
		String laId = path.substring(PREFIX.length() + 1);
		var snapshot = cases.latest(laId);
		if (snapshot.isPresent()) {
			Http.send(exchange, 200, snapshot.get());
		}
		else {
			Http.error(exchange, 404, "No case " + laId);
		}
	}

	private void list(HttpExchange exchange) throws IOException {
		var query = Http.query(exchange);
		int limit;
		try {
			limit = Http.limit(query);
		}
		catch (Http.BadRequest ex) {
			Http.error(exchange, 400, ex.getMessage());
			return;
		}
		String after = query.getOrDefault("after", "");
		var page = cases.casesAfter(after.isEmpty() ? null : after, limit);
		var body = Http.object();
		var list = body.putArray("cases");
		for (var snapshot : page) {
			list.addObject()
				.put("laId", snapshot.get("laId").stringValue())
				.put("laVersion", snapshot.get("laVersion").longValue());
		}
		if (page.isEmpty()) {
			body.putNull("next");
		}
		else {
			body.put("next", page.getLast().get("laId").stringValue());
		}
		Http.send(exchange, 200, body);
	}

}
