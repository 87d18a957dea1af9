package app.heard.lareference.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/changes?after=&limit=}: every store of a case since {@code after}, in
 * sequence order, the sequence to ask after next time, and the feed id that names this
 * numbering of the sequences.
 */
public final class ChangesFeed implements HttpHandler {

	private final CaseStore cases;

	private final FaultInjector faults;

	public ChangesFeed(CaseStore cases, FaultInjector faults) {
		this.cases = cases;
		this.faults = faults;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		if (!"GET".equals(exchange.getRequestMethod())) {
			Http.error(exchange, 405, "GET only");
			return;
		}
		var draw = faults.draw();
		if (draw.reset()) {
			Http.abort(exchange);
			return;
		}
		if (draw.error()) {
			Http.error(exchange, 500, "injected error");
			return;
		}
		draw.stallIfDrawn();
		var query = Http.query(exchange);
		long after;
		int limit;
		try {
			after = Http.number(query, "after", 0);
			limit = Http.limit(query);
		}
		catch (Http.BadRequest ex) {
			Http.error(exchange, 400, ex.getMessage());
			return;
		}
		List<CaseStore.Change> page;
		String feed;
		// One lock over the page, its repeat and the feed id, so that a renumbering
		// cannot fall between them and pair one numbering's page with another's id
		synchronized (cases) {
			page = cases.changesAfter(after, limit);
			if (draw.duplicateFeed()) {
				page = withRepeat(page, after, limit);
			}
			feed = cases.feed();
		}
		long last = page.isEmpty() ? after : Math.max(after, page.getLast().sequence());
		var body = Http.object();
		var changes = body.putArray("changes");
		for (var change : page) {
			changes.addObject().put("sequence", change.sequence()).set("case", change.snapshot());
		}
		body.put("last", last);
		body.put("feed", feed);
		Http.send(exchange, 200, body);
	}

	/**
	 * The page with a change the client has already had put in front: one from an earlier
	 * page when there was one, else the page's first. Sequence order still holds, and the
	 * page is no longer than the limit, so {@code last} may be one less than it would
	 * have been.
	 */
	private List<CaseStore.Change> withRepeat(List<CaseStore.Change> page, long after, int limit) {
		var repeated = new ArrayList<CaseStore.Change>();
		long had = Math.min(after, cases.lastSequence());
		if (had >= 1) {
			repeated.add(cases.change(1 + faults.pick((int) had)));
		}
		else if (!page.isEmpty()) {
			repeated.add(page.getFirst());
		}
		repeated.addAll(page);
		return repeated.size() > limit ? repeated.subList(0, limit) : repeated;
	}

}
