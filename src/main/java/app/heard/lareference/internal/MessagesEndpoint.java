package app.heard.lareference.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/**
 * {@code POST /v1/messages}: 201 the first time a message id arrives, 200 "duplicate"
 * after that, so the portal may resend whenever it is unsure.
 */
public final class MessagesEndpoint implements HttpHandler {

	private final MessageInbox inbox;

	private final FaultInjector faults;

	public MessagesEndpoint(MessageInbox inbox, FaultInjector faults) {
		this.inbox = inbox;
		this.faults = faults;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			Http.error(exchange, 405, "POST only");
			return;
		}
		var draw = faults.draw();
		if (draw.reset()) {
			Http.abort(exchange);
			return;
		}
		byte[] body = exchange.getRequestBody().readAllBytes();
		if (draw.error()) {
			Http.error(exchange, 500, "injected error");
			return;
		}
		draw.stallIfDrawn();
		boolean first;
		try {
			first = inbox.receive(MessageParser.parse(body, exchange.getRequestHeaders().getFirst("Idempotency-Key")));
		}
		catch (Http.BadRequest ex) {
			Http.error(exchange, 400, ex.getMessage());
			return;
		}
		if (draw.ackLost()) {
			Http.abort(exchange);
			return;
		}
		Http.send(exchange, first ? 201 : 200, Http.object().put("status", first ? "accepted" : "duplicate"));
	}

}
