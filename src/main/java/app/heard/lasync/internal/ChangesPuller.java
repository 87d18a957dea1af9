package app.heard.lasync.internal;

import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the LA's changes feed from where it last stopped and applies each case snapshot
 * by version (an older or repeated one changes nothing). One instance reads at a time:
 * the position's row stays locked while it does. Each snapshot commits on its own, and
 * the position moves past it only then, so a failure stops at the snapshot that failed
 * and the next poll starts there. The position counts in the numbering the feed's id
 * names; when the LA sends another id, the feed is read again from its start.
 */
class ChangesPuller {

	private static final Logger log = LoggerFactory.getLogger(ChangesPuller.class);

	private final LaClient la;

	private final CaseRecordImporter importer;

	private final JdbcClient jdbc;

	private final TransactionTemplate holdingPosition;

	private final TransactionTemplate eachSnapshot;

	private final SyncState state;

	private final JsonMapper json;

	private final int pageSize;

	ChangesPuller(LaClient la, CaseRecordImporter importer, JdbcClient jdbc, TransactionTemplate transactions,
			SyncState state, JsonMapper json, int pageSize) {
		this.la = la;
		this.importer = importer;
		this.jdbc = jdbc;
		this.holdingPosition = transactions;
		this.eachSnapshot = new TransactionTemplate(transactions.getTransactionManager());
		this.eachSnapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.state = state;
		this.json = json;
		this.pageSize = pageSize;
	}

	/**
	 * @return how many changes were read (applied, or found already applied)
	 */
	int pull() {
		int read = 0;
		boolean renumbered = false;
		try {
			Page page;
			do {
				page = holdingPosition.execute(status -> readOnePage());
				read += page.read();
				if (page.renumbered()) {
					if (renumbered) {
						// Renumbered twice in one cycle: left to the next poll
						break;
					}
					renumbered = true;
				}
			}
			while (!page.last());
			if (page.error() != null) {
				state.failed(SyncState.PULL, page.error());
			}
			else {
				state.succeeded(SyncState.PULL);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Reading the LA's changes failed: {}", ex.toString());
			state.failed(SyncState.PULL, describe(ex));
		}
		return read;
	}

	/** One page of the feed, in one transaction that holds the position. */
	private Page readOnePage() {
		var stored = jdbc.sql("select position, feed from la_sync_state where name = 'pull' for update skip locked")
			.query((row, n) -> new Position(row.getLong("position"), row.getString("feed")))
			.optional();
		if (stored.isEmpty()) {
			return new Page(0, true, null, false); // another instance is reading
		}
		long after = stored.get().after();
		JsonNode body = la.rest()
			.get()
			.uri("/v1/changes?after={after}&limit={limit}", after, pageSize)
			.retrieve()
			.body(JsonNode.class);
		// An LA that never renumbers may send no feed id: then the one stored stays
		String feed = body.path("feed").isString() ? body.path("feed").asString() : stored.get().feed();
		if (stored.get().feed() != null && !stored.get().feed().equals(feed)) {
			// Its sequences started again, so ours may be ahead of changes not yet
			// seen. All is read again from the start: snapshots already applied
			// change nothing.
			log.info("The LA's changes feed was renumbered (feed {}, was {}): reading it again from the start", feed,
					stored.get().feed());
			savePosition(0, feed);
			return new Page(0, false, null, true);
		}
		JsonNode changes = body.path("changes");
		int read = 0;
		for (JsonNode change : changes) {
			long sequence = change.path("sequence").asLong();
			if (sequence <= after) {
				continue; // a change the feed repeated
			}
			try {
				var snapshot = json.treeToValue(change.path("case"), CaseSnapshot.class);
				eachSnapshot.executeWithoutResult(inner -> importer.apply(snapshot));
			}
			catch (RuntimeException ex) {
				log.warn("The LA's change {} could not be applied: {}", sequence, ex.toString());
				savePosition(after, feed);
				return new Page(read, true, "Change " + sequence + ": " + describe(ex), false);
			}
			after = sequence;
			read++;
		}
		savePosition(after, feed);
		return new Page(read, changes.size() < pageSize, null, false);
	}

	private void savePosition(long position, String feed) {
		jdbc.sql("update la_sync_state set position = :position, feed = :feed where name = 'pull'")
			.param("position", position)
			.param("feed", feed)
			.update();
	}

	private static String describe(RuntimeException ex) {
		var text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	/**
	 * Where the feed was read up to, in the numbering named by {@code feed} (null: none
	 * named yet).
	 */
	private record Position(long after, String feed) {
	}

	/**
	 * @param renumbered the LA's feed had a new id, and the position went back to its
	 * start
	 */
	private record Page(int read, boolean last, String error, boolean renumbered) {
	}

}
