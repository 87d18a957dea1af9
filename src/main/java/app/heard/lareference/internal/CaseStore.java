package app.heard.lareference.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The LA's case records: the latest snapshot of each case, and every store as a change
 * with the next global sequence. Sequences start at 1 and have no gaps, so change
 * {@code n} is at index {@code n - 1}. The feed's id names this numbering: a new store
 * (the server restarted) or a {@link #renumber() renumbering} starts another.
 */
public final class CaseStore {

	private final TreeMap<String, JsonNode> latest = new TreeMap<>();

	private final List<Change> changes = new ArrayList<>();

	private String feed = UUID.randomUUID().toString();

	/**
	 * @return the sequence of the change this store appended
	 */
	public synchronized long store(JsonNode snapshot) {
		String laId = laId(snapshot);
		JsonNode copy = snapshot.deepCopy();
		latest.put(laId, copy);
		var change = new Change(changes.size() + 1, laId, copy);
		changes.add(change);
		return change.sequence();
	}

	/** Names the current numbering of the changes; it changes when the numbering does. */
	public synchronized String feed() {
		return feed;
	}

	/**
	 * What a restart does to a store kept in memory whose cases are loaded again: a new
	 * feed id, and the changes only the latest snapshot of every case, in LA id order,
	 * from sequence 1.
	 * @return the new feed id
	 */
	public synchronized String renumber() {
		feed = UUID.randomUUID().toString();
		changes.clear();
		latest.forEach((laId, snapshot) -> changes.add(new Change(changes.size() + 1, laId, snapshot)));
		return feed;
	}

	public synchronized Optional<JsonNode> latest(String laId) {
		return Optional.ofNullable(latest.get(laId));
	}

	public synchronized List<Change> changesAfter(long after, int limit) {
		int from = (int) Math.min(after, changes.size());
		return List.copyOf(changes.subList(from, Math.min(changes.size(), from + limit)));
	}

	public synchronized long lastSequence() {
		return changes.size();
	}

	/**
	 * @param sequence from 1 to the last change's
	 */
	public synchronized Change change(long sequence) {
		return changes.get((int) sequence - 1);
	}

	/** Cases whose LA id sorts after {@code after} (all when null), in LA id order. */
	public synchronized List<JsonNode> casesAfter(String after, int limit) {
		var tail = after == null ? latest : latest.tailMap(after, false);
		return tail.values().stream().limit(limit).toList();
	}

	/** The snapshot's LA id, when it has the two things every snapshot must. */
	static String laId(JsonNode snapshot) {
		if (snapshot == null || !snapshot.isObject()) {
			throw new IllegalArgumentException("A case snapshot is a JSON object");
		}
		JsonNode laId = snapshot.get("laId");
		JsonNode laVersion = snapshot.get("laVersion");
		if (laId == null || !laId.isString() || laId.stringValue().isBlank()) {
			throw new IllegalArgumentException("A case snapshot has a non-empty string laId");
		}
		if (laVersion == null || !laVersion.isIntegralNumber()) {
			throw new IllegalArgumentException("A case snapshot has a whole-number laVersion");
		}
		return laId.stringValue();
	}

	public record Change(long sequence, String laId, JsonNode snapshot) {
	}

}
