package app.heard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.IntegrationTest;
import app.heard.caserecord.CaseOverview;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.ReviewStage;
import app.heard.identity.internal.TestSignIn;
import app.heard.lareference.ReferenceLaServer;
import app.heard.lasync.SyncCycle;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbound side of the LA sync, measured against the reference LA service.
 * <ul>
 * <li>Initial import: 10,000 cases, each with a plan of 10 outcomes and 5 people, read
 * from the LA's changes feed into the portal; wall time and peak heap (goal: under 2
 * minutes). Reference run in the same process: reading and parsing the same feed without
 * applying it.</li>
 * <li>Change latency: the LA moves a review meeting and pushes the case; how long until a
 * signed-in parent reads the new date (goal: within 5 seconds). Reference: a bare HTTP
 * round trip to the same portal (its contract document).</li>
 * </ul>
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=LaSyncBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
// Only the benchmark reads the feed: the scheduled poll would take the import from it
@TestPropertySource(properties = "heard.la-sync.poll-interval=1h")
class LaSyncBenchmark {

	private static final int CASES = 10_000;

	@Autowired
	ReferenceLaServer la;

	@Autowired
	SyncCycle sync;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	JsonMapper json;

	@Autowired
	MockOAuth2Server identityProvider;

	@LocalServerPort
	int port;

	@Test
	void initial_import_and_change_latency() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now();
		sync.pullChanges(); // whatever the demo left
		for (int i = 0; i < CASES; i++) {
			la.storeCase(json.writeValueAsString(snapshot(run, i, 1, today.plusWeeks(4).atTime(10, 0))));
		}

		long referenceNanos = readFeedOnly();

		var heap = new PeakHeap();
		heap.start();
		long started = System.nanoTime();
		int read = sync.pullChanges();
		long importNanos = System.nanoTime() - started;
		heap.stop();
		assertThat(read).isEqualTo(CASES);
		assertThat(importer.caseId("BULK-" + run + "-" + (CASES - 1))).isPresent();

		var latencies = changeLatencies(run, today);
		var roundTrips = roundTrips();

		String report = String.format("""
				LA sync, inbound (reference LA service on loopback, embedded PostgreSQL)
				  initial import: %d cases (10 outcomes, 5 people each) in %.1f s (goal < 120 s), %.0f cases/s
				    peak heap used during the import: %d MB
				    reference, the same feed read and parsed without applying it: %.1f s; ratio %.1f
				  change latency, LA push to a signed-in parent reading the new meeting date, %d runs:
				    p50 %d ms, p95 %d ms, max %d ms (goal < 5000 ms)
				    reference, a bare HTTP round trip to the portal: p50 %d ms; ratio at p50 %.1f
				""", CASES, importNanos / 1e9, CASES / (importNanos / 1e9), heap.peakBytes() / (1024 * 1024),
				referenceNanos / 1e9, (double) importNanos / referenceNanos, latencies.size(),
				percentile(latencies, 50), percentile(latencies, 95), Collections.max(latencies),
				percentile(roundTrips, 50),
				(double) percentile(latencies, 50) / Math.max(1, percentile(roundTrips, 50)));
		System.out.print(report);
		Files.createDirectories(Path.of("target/benchmarks"));
		Files.writeString(Path.of("target/benchmarks/la-sync-inbound.txt"), report);
	}

	/**
	 * The same pages, with a token of the LA's issuer, read and parsed but not applied.
	 */
	private long readFeedOnly() throws Exception {
		String token = identityProvider.issueToken("la", "benchmark-reference", "la").serialize();
		int changes = 0;
		try (var http = HttpClient.newHttpClient()) {
			long started = System.nanoTime();
			long after = 0;
			int page;
			do {
				var response = http
					.send(HttpRequest.newBuilder(la.baseUri().resolve("/v1/changes?limit=500&after=" + after))
						.header("Authorization", "Bearer " + token)
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(200);
				JsonNode feed = json.readTree(response.body()).path("changes");
				page = feed.size();
				changes += page;
				for (JsonNode change : feed) {
					json.treeToValue(change.path("case"), CaseSnapshot.class);
					after = change.path("sequence").asLong();
				}
			}
			while (page == 500);
			long took = System.nanoTime() - started;
			assertThat(changes).isGreaterThanOrEqualTo(CASES);
			return took;
		}
	}

	private List<Long> changeLatencies(String run, LocalDate today) {
		String laId = "BULK-" + run + "-0";
		var caseId = importer.caseId(laId).orElseThrow();
		importer.linkPerson(laId + "-P0", signIn.as("bulk-parent-" + run).id());
		signIn.signOut();
		var latencies = new ArrayList<Long>();
		for (int version = 2; version <= 21; version++) {
			LocalDateTime meeting = today.plusWeeks(5).atTime(9, 0).plusMinutes(version);
			la.storeCase(json.writeValueAsString(snapshot(run, 0, version, meeting)));
			long started = System.nanoTime();
			assertThat(la.push(laId)).isEqualTo(200);
			signIn.as("bulk-parent-" + run);
			CaseOverview overview = cases.overview(caseId);
			signIn.signOut();
			assertThat(overview.review().flatMap(CaseOverview.CurrentReview::meetingAt)).contains(meeting);
			latencies.add((System.nanoTime() - started) / 1_000_000);
		}
		return latencies;
	}

	private List<Long> roundTrips() throws Exception {
		var times = new ArrayList<Long>();
		try (var http = HttpClient.newHttpClient()) {
			var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/la-sync-v1.yaml"))
				.build();
			for (int i = 0; i < 20; i++) {
				long started = System.nanoTime();
				assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
				times.add((System.nanoTime() - started) / 1_000_000);
			}
		}
		return times;
	}

	private static long percentile(List<Long> values, int percent) {
		var sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	private static CaseSnapshot snapshot(String run, int i, long version, LocalDateTime meeting) {
		String la = "BULK-" + run + "-" + i;
		LocalDate today = LocalDate.now();
		var outcomes = IntStream.range(0, 10)
			.mapToObj(n -> new CaseSnapshot.Outcome(la + "-O" + n, 1, "Cognition and learning",
					"Outcome " + n + " for child " + i, "Provision " + n))
			.toList();
		var plan = new CaseSnapshot.Plan(la + "-PLAN", 1, CaseSnapshot.PlanKind.FINAL, null, today.minusYears(1), null,
				Map.of("A", "About the child", "B", "Needs", "F", "Provision"), outcomes);
		var roles = List.of(CaseRole.PARENT_CARER, CaseRole.PARENT_CARER, CaseRole.ADVOCATE, CaseRole.DIAS_WORKER,
				CaseRole.PARENT_CARER);
		var people = IntStream.range(0, 5)
			.mapToObj(n -> new CaseSnapshot.Involvement(la + "-P" + n, 1, "Person " + n, roles.get(n),
					today.minusYears(1), null))
			.toList();
		return new CaseSnapshot(la, version, "EHC-" + i, new CaseSnapshot.Team("BULK-TEAM", 1, "Bulk team"),
				new CaseSnapshot.Child(la + "-C", "Child", String.valueOf(i), null, today.minusYears(10), "Year 5",
						"School", null),
				List.of(plan), List.of(new CaseSnapshot.Review(la + "-R", version, ReviewStage.VIEWS, meeting, "School",
						meeting.toLocalDate().minusWeeks(2), null, null, null)),
				people);
	}

	/** Samples the heap in use while the import runs. */
	private static final class PeakHeap {

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		private Thread sampler;

		void start() {
			System.gc();
			sampler = Thread.ofPlatform().daemon().start(() -> {
				var memory = ManagementFactory.getMemoryMXBean();
				while (running) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}

		void stop() throws InterruptedException {
			running = false;
			sampler.join();
		}

		long peakBytes() {
			return peak.get();
		}

	}

}
