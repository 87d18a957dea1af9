package app.heard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.HeardApplication;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.ReviewStage;
import app.heard.identity.internal.TestSignIn;
import app.heard.lareference.Faults;
import app.heard.lareference.ReceivedMessage;
import app.heard.lareference.ReferenceLaServer;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault run: 1,000 submissions of views (100 cases, each parent sending ten times) go to
 * the reference LA while it resets connections, answers 500, stalls for 5 s and loses its
 * answers after storing, and the portal is stopped and started again twice in the middle.
 * Counts what the LA received: every submission exactly once, in order per case, and
 * every outbox entry completed. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=LaSyncFaultRun}.
 */
@Tag("benchmark")
class LaSyncFaultRun {

	private static final int CASES = 100;

	private static final int SENDS_EACH = 10;

	private static final Faults FAULTS = Faults.NONE.withSeed(20261207)
		.withReset(0.05)
		.withError(0.05)
		.withStall(0.03, 5000)
		.withAckLost(0.05);

	@TempDir
	Path data;

	@Test
	void every_submission_arrives_exactly_once_through_faults_and_two_restarts() throws Exception {
		int port = freePort();
		int identityProvider = freePort();
		String run = UUID.randomUUID().toString().substring(0, 8);
		long started = System.nanoTime();
		try (var la = ReferenceLaServer.start(ReferenceLaServer.Options.onPort(0))) {
			la.faults(FAULTS);
			var portal = start(la, port, identityProvider);
			List<Parent> parents = new ArrayList<>();
			for (int i = 0; i < CASES; i++) {
				parents.add(aCase(portal, run, i));
			}
			int sent = 0;
			int restarts = 0;
			List<Long> unsentAtRestarts = new ArrayList<>();
			for (int round = 0; round < SENDS_EACH; round++) {
				for (var parent : parents) {
					submit(portal, parent, round);
					sent++;
				}
				// Stop mid-delivery after the fourth and the seventh round: whatever was
				// in
				// flight is sent again by the next instance
				if (round == 3 || round == 6) {
					unsentAtRestarts.add(unsent(portal.getBean(JdbcTemplate.class)));
					portal.close();
					restarts++;
					portal = start(la, port, identityProvider);
				}
			}
			var jdbc = portal.getBean(JdbcTemplate.class);
			long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
			while (unsent(jdbc) > 0 && System.nanoTime() < deadline) {
				Thread.sleep(1000);
			}
			long waitingAtEnd = unsent(jdbc);
			portal.close();

			var ours = la.messages().stream().filter(message -> message.caseLaId().startsWith("FAULT-" + run)).toList();
			long deliveries = ours.stream().mapToLong(ReceivedMessage::deliveries).sum();
			Map<String, Long> perCase = ours.stream()
				.collect(Collectors.groupingBy(ReceivedMessage::caseLaId, Collectors.counting()));
			String report = String.format("""
					LA sync fault run: %d submissions from %d cases, faults %s
					  portal restarted %d times, with %s messages not yet delivered when it stopped
					  arrived at the LA (distinct message ids): %d (goal %d, exactly once)
					  deliveries including repeats the LA recognised: %d (%d repeats)
					  cases with all %d messages: %d of %d; in order per case: %s
					  outbox entries not completed at the end: %d (goal 0)
					  wall time: %.1f s
					""", sent, CASES, FAULTS, restarts, unsentAtRestarts, ours.size(), sent, deliveries,
					deliveries - ours.size(), SENDS_EACH,
					perCase.values().stream().filter(count -> count == SENDS_EACH).count(), CASES, la.inOrderPerCase(),
					waitingAtEnd, (System.nanoTime() - started) / 1e9);
			System.out.print(report);
			Files.createDirectories(Path.of("target/benchmarks"));
			Files.writeString(Path.of("target/benchmarks/la-sync-fault-run.txt"), report);

			assertThat(ours).hasSize(sent);
			assertThat(ours).extracting(ReceivedMessage::type).containsOnly("VIEWS_SUBMITTED");
			assertThat(la.inOrderPerCase()).isTrue();
			assertThat(waitingAtEnd).isZero();
		}
	}

	private ConfigurableApplicationContext start(ReferenceLaServer la, int port, int identityProvider) {
		return new SpringApplicationBuilder(HeardApplication.class, TestSignIn.class).profiles("embedded")
			.run("--server.port=" + port, "--heard.embedded.idp.port=" + identityProvider,
					"--heard.embedded.postgres.data-directory=" + data.resolve("postgres"),
					"--heard.upload.directory=" + data.resolve("uploads"),
					"--heard.attachments.directory=" + data.resolve("renditions"), "--management.server.port=0",
					"--heard.la-reference.port=0", "--heard.la-sync.base-url=" + la.baseUri(),
					"--heard.la-sync.token-uri=http://localhost:" + identityProvider + "/la/token",
					"--heard.la-sync.client-id=heard-portal", "--heard.la-sync.client-secret=fault-run",
					"--heard.la-sync.request-timeout=2s");
	}

	private record Parent(CaseId caseId, String subject) {
	}

	private static Parent aCase(ConfigurableApplicationContext portal, String run, int i) {
		var importer = portal.getBean(CaseRecordImporter.class);
		var signIn = portal.getBean(TestSignIn.class);
		String la = "FAULT-" + run + "-" + i;
		LocalDate today = LocalDate.now();
		var caseId = importer.apply(new CaseSnapshot(la, 1, "REF", new CaseSnapshot.Team("FAULT-TEAM", 1, "Fault run"),
				new CaseSnapshot.Child(
						la + "-C", "Child", String.valueOf(i), null, today.minusYears(10), "Year 5", "School", null),
				List.of(),
				List.of(new CaseSnapshot.Review(la + "-R", 1, ReviewStage.VIEWS, today.plusWeeks(4).atTime(10, 0),
						"School", today.plusWeeks(2), null, null, null)),
				List.of(new CaseSnapshot.Involvement(la + "-P", 1, "Parent " + i, CaseRole.PARENT_CARER,
						today.minusYears(1), null))));
		String subject = "fault-parent-" + run + "-" + i;
		importer.linkPerson(la + "-P", signIn.as(subject).id());
		signIn.signOut();
		return new Parent(caseId, subject);
	}

	private static void submit(ConfigurableApplicationContext portal, Parent parent, int round) {
		var signIn = portal.getBean(TestSignIn.class);
		var views = portal.getBean(ViewsService.class);
		signIn.as(parent.subject());
		try {
			var set = views.open(parent.caseId(), ViewKind.PARENT_CARER);
			views.save(parent.caseId(), ViewKind.PARENT_CARER, Question.OUR_HOPES, "Hopes, version " + round,
					set.versionOf(Question.OUR_HOPES));
			views.submit(parent.caseId(), ViewKind.PARENT_CARER);
		}
		finally {
			signIn.signOut();
		}
	}

	private static long unsent(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from la_outbox where status <> 'SENT'", Long.class);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
