package app.heard.lasync.internal;

import app.heard.caserecord.CaseRecordImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each night, compares the LA's list of cases and their versions with the portal's mirror
 * and reports what differs on the administrators' page. It repairs nothing by itself:
 * drift means a change was missed, and someone should find out why.
 */
public class Reconciliation {

	private final LaSyncRunner runner;

	private final CaseRecordImporter cases;

	private final JdbcClient jdbc;

	private final SyncState state;

	private final JsonMapper json;

	Reconciliation(LaSyncRunner runner, CaseRecordImporter cases, JdbcClient jdbc, SyncState state, JsonMapper json) {
		this.runner = runner;
		this.cases = cases;
		this.jdbc = jdbc;
		this.state = state;
		this.json = json;
	}

	@Recurring(id = "la-reconciliation", cron = "0 2 * * *", zoneId = "Europe/London")
	@Job(name = "Compare the portal's cases with the LA's")
	public void reconcile() {
		if (!runner.connected()) {
			return;
		}
		try {
			var theirs = laVersions();
			var drift = compare(theirs, cases.mirroredVersions());
			jdbc.sql("update la_sync_state set detail = cast(:detail as jsonb) where name = :name")
				.param("detail", json.writeValueAsString(Map.of("casesCompared", theirs.size(), "drift", drift)))
				.param("name", SyncState.RECONCILIATION)
				.update();
			state.succeeded(SyncState.RECONCILIATION);
		}
		catch (RuntimeException ex) {
			state.failed(SyncState.RECONCILIATION, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private Map<String, Long> laVersions() {
		var versions = new TreeMap<String, Long>();
		String after = "";
		while (after != null) {
			JsonNode page = runner.client()
				.rest()
				.get()
				.uri("/v1/cases?after={after}&limit=1000", after)
				.retrieve()
				.body(JsonNode.class);
			for (JsonNode kase : page.path("cases")) {
				versions.put(kase.path("laId").asString(), kase.path("laVersion").asLong());
			}
			JsonNode next = page.path("next");
			after = next.isNull() || next.isMissingNode() || page.path("cases").isEmpty() ? null : next.asString();
		}
		return versions;
	}

	static List<String> compare(Map<String, Long> theirs, Map<String, Long> ours) {
		var drift = new ArrayList<String>();
		theirs.forEach((laId, version) -> {
			Long mine = ours.get(laId);
			if (mine == null) {
				drift.add(laId + ": in the LA's record, not in the portal");
			}
			else if (!mine.equals(version)) {
				drift.add(laId + ": the LA has version " + version + ", the portal " + mine);
			}
		});
		new TreeMap<>(ours).keySet()
			.stream()
			.filter(laId -> !theirs.containsKey(laId))
			.forEach(laId -> drift.add(laId + ": in the portal, not in the LA's record"));
		return drift;
	}

}
