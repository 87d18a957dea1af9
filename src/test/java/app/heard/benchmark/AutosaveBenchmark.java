package app.heard.benchmark;

import app.heard.IntegrationTest;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.ReviewStage;
import app.heard.identity.internal.TestSignIn;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Autosave under load: 200 people each typing a draft, autosaving about every 2 seconds,
 * for 30 seconds. Prints the server time of a save (p50, p95, p99) and, as a reference
 * run in the same process, the same pacing of a bare SQL UPDATE of one answer row through
 * the same connection pool. Goal: p95 under 50 ms. Run with {@code .ci/run -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class AutosaveBenchmark {

	private static final int DRAFTS = 200;

	private static final int SAVES_EACH = 15;

	private static final long PAUSE_MILLIS = 2000;

	@Autowired
	ViewsService views;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void autosave_round_trip_with_200_concurrent_drafts() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var drafters = new ArrayList<Drafter>();
		for (int i = 0; i < DRAFTS; i++) {
			drafters.add(drafter(run, i));
		}
		List<Long> service = measure(drafters, this::saveThroughService);
		List<Long> reference = measure(drafters, this::bareUpdate);
		report(service, reference);
	}

	private Drafter drafter(String run, int i) {
		String la = "BENCH-" + run + "-" + i;
		LocalDate today = LocalDate.now();
		CaseId caseId = importer.apply(new CaseSnapshot(la, 1, "REF", new CaseSnapshot.Team("BENCH-TEAM", 1, "Bench"),
				new CaseSnapshot.Child(
						la + "-C", "Child", String.valueOf(i), null, today.minusYears(10), "Year 5", "School", null),
				List.of(),
				List.of(new CaseSnapshot.Review(la + "-R", 1, ReviewStage.VIEWS, today.plusWeeks(4).atTime(10, 0),
						"School", null, null, null, null)),
				List.of(new CaseSnapshot.Involvement(la + "-P", 1, "Parent " + i, CaseRole.PARENT_CARER,
						today.minusYears(1), null))));
		String subject = "bench-parent-" + run + "-" + i;
		var person = signIn.as("https://bench.test", subject);
		importer.linkPerson(la + "-P", person.id());
		views.open(caseId, ViewKind.PARENT_CARER);
		signIn.signOut();
		return new Drafter(caseId, subject);
	}

	private long saveThroughService(Drafter drafter, int step, long[] version) {
		signIn.as("https://bench.test", drafter.subject());
		try {
			long started = System.nanoTime();
			version[0] = views.save(drafter.caseId(), ViewKind.PARENT_CARER, Question.OUR_HOPES, text(step),
					version[0]);
			return System.nanoTime() - started;
		}
		finally {
			signIn.signOut();
		}
	}

	/**
	 * The floor: one UPDATE of one answer row, the same statement shape autosave ends in,
	 * and nothing else.
	 */
	private long bareUpdate(Drafter drafter, int step, long[] ignored) {
		long started = System.nanoTime();
		jdbc.update(
				"update view_answer set answer = ?, version = version + 1 where question = 'OUR_HOPES' "
						+ "and set_id = (select id from view_set where case_id = ? and kind = 'PARENT_CARER')",
				text(step), drafter.caseId().value());
		return System.nanoTime() - started;
	}

	private List<Long> measure(List<Drafter> drafters, Save save) throws Exception {
		var latencies = new ConcurrentLinkedQueue<Long>();
		try (var users = Executors.newVirtualThreadPerTaskExecutor()) {
			for (var drafter : drafters) {
				users.submit(() -> {
					long[] version = { ViewSet.NEW };
					Thread.sleep(ThreadLocalRandom.current().nextLong(PAUSE_MILLIS));
					for (int step = 0; step < SAVES_EACH; step++) {
						latencies.add(save.run(drafter, step, version));
						Thread.sleep(PAUSE_MILLIS - 250 + ThreadLocalRandom.current().nextLong(500));
					}
					return null;
				});
			}
		}
		return new ArrayList<>(latencies);
	}

	private static String text(int step) {
		return "We hope for a calm classroom and a trusted adult to talk to. ".repeat(1 + step);
	}

	private static void report(List<Long> service, List<Long> reference) throws Exception {
		var s = percentiles(service);
		var r = percentiles(reference);
		String result = String.format("""
				Autosave, %d concurrent drafts, a save about every %d ms each, %d saves each (server time, ms):
				  views.save      p50 %.1f  p95 %.1f  p99 %.1f   (goal p95 < 50 ms)
				  bare UPDATE     p50 %.1f  p95 %.1f  p99 %.1f   (reference, same pacing and pool)
				  ratio p95 save / bare UPDATE: %.2f
				""", DRAFTS, PAUSE_MILLIS, SAVES_EACH, s.get("p50"), s.get("p95"), s.get("p99"), r.get("p50"),
				r.get("p95"), r.get("p99"), s.get("p95") / r.get("p95"));
		System.out.println(result);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "autosave.txt"), result);
	}

	private static Map<String, Double> percentiles(List<Long> nanos) {
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return Map.of("p50", at(sorted, 0.50), "p95", at(sorted, 0.95), "p99", at(sorted, 0.99));
	}

	private static double at(List<Long> sorted, double fraction) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size()))) / 1_000_000.0;
	}

	private interface Save {

		long run(Drafter drafter, int step, long[] version) throws Exception;

	}

	private record Drafter(CaseId caseId, String subject) {
	}

}
