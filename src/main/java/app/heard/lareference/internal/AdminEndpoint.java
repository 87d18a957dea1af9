package app.heard.lareference.internal;

import app.heard.lareference.Faults;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.function.ToIntFunction;
import tools.jackson.databind.JsonNode;

/**
 * What a person running the demo, or a script, does in the LA's place: {@code PUT
 * /admin/cases/{laId}} stores a snapshot, {@code POST /admin/cases/{laId}/push} pushes
 * it, {@code GET /admin/messages} lists what arrived, {@code PUT /admin/faults} sets the
 * faults and {@code POST /admin/renumber} starts the feed again as a restart would. No
 * authentication: the server listens on the loopback address only.
 */
public final class AdminEndpoint implements HttpHandler {

	private static final String CASES = "/admin/cases/";

	private final CaseStore cases;

	private final MessageInbox inbox;

	private final FaultInjector faults;

	private final ToIntFunction<String> push;

	public AdminEndpoint(CaseStore cases, MessageInbox inbox, FaultInjector faults, ToIntFunction<String> push) {
		this.cases = cases;
		this.inbox = inbox;
		this.faults = faults;
		this.push = push;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		try {
			if ("PUT".equals(method) && path.startsWith(CASES) && !path.endsWith("/push")) {
				storeCase(exchange, path.substring(CASES.length()));
			}
			else if ("POST".equals(method) && path.startsWith(CASES) && path.endsWith("/push")) {
				push(exchange, path.substring(CASES.length(), path.length() - "/push".length()));
			}
			else if ("POST".equals(method) && path.equals("/admin/renumber")) {
				Http.send(exchange, 200, Http.object().put("feed", cases.renumber()).put("last", cases.lastSequence()));
			}
			else if ("GET".equals(method) && path.equals("/admin/messages")) {
				Http.send(exchange, 200, Http.JSON.valueToTree(inbox.messages()));
			}
			else if ("PUT".equals(method) && path.equals("/admin/faults")) {
				faults.set(FaultsJson.read(exchange.getRequestBody().readAllBytes()));
				Http.send(exchange, 200, FaultsJson.write(faults.current()));
			}
			else if ("GET".equals(method) && path.equals("/admin/faults")) {
				Http.send(exchange, 200, FaultsJson.write(faults.current()));
			}
			else {
				Http.error(exchange, 404, "No such admin endpoint: " + method + " " + path);
			}
		}
		catch (IllegalArgumentException ex) {
			Http.error(exchange, 400, ex.getMessage());
		}
	}

	private void storeCase(HttpExchange exchange, String laId) throws IOException {
		JsonNode snapshot = Http.readJson(exchange.getRequestBody().readAllBytes());
		if (!laId.equals(CaseStore.laId(snapshot))) {
			throw new IllegalArgumentException("The snapshot's laId is not " + laId);
		}
		long sequence = cases.store(snapshot);
		Http.send(exchange, 200,
				Http.object()
					.put("laId", laId)
					.put("laVersion", snapshot.get("laVersion").longValue())
					.put("sequence", sequence));
	}

	private void push(HttpExchange exchange, String laId) throws IOException {
		try {
			Http.send(exchange, 200, Http.object().put("laId", laId).put("portalStatus", push.applyAsInt(laId)));
		}
		catch (NoSuchElementException ex) {
			Http.error(exchange, 404, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			Http.error(exchange, 409, ex.getMessage());
		}
		catch (UncheckedIOException ex) {
			Http.error(exchange, 502, ex.getMessage());
		}
	}

}
