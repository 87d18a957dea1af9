package app.heard.lareference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FaultsIntegrationTest {

	private final ReferenceLaServer la = ReferenceLaServer.start(ReferenceLaServer.Options.onPort(0));

	private final LaHttp portal = new LaHttp(la.baseUri());

	@AfterEach
	void stop() {
		la.close();
	}

	@Test
	void a_reset_closes_the_connection_without_an_answer_and_stores_nothing() {
		la.faults(Faults.NONE.withReset(1));

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> portal.postMessage(UUID.randomUUID(), "C-1", 1));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> portal.get("/v1/changes"));
		assertThat(la.distinctMessages()).isZero();
	}

	@Test
	void an_error_answers_500_and_stores_nothing() throws Exception {
		la.faults(Faults.NONE.withError(1));

		assertThat(portal.postMessage(UUID.randomUUID(), "C-1", 1).statusCode()).isEqualTo(500);
		assertThat(portal.get("/v1/changes").statusCode()).isEqualTo(500);
		assertThat(la.distinctMessages()).isZero();
	}

	@Test
	void a_lost_acknowledgement_stores_the_message_so_the_resend_is_a_duplicate() throws Exception {
		UUID id = UUID.randomUUID();
		la.faults(Faults.NONE.withAckLost(1));

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> portal.postMessage(id, "C-1", 1));
		assertThat(la.distinctMessages()).isEqualTo(1);

		la.faults(Faults.NONE);
		assertThat(portal.postMessage(id, "C-1", 1).statusCode()).isEqualTo(200);
		assertThat(la.messages().getFirst().deliveries()).isEqualTo(2);
	}

	@Test
	void a_stall_answers_late_but_still_stores_after_the_client_gave_up() throws Exception {
		UUID id = UUID.randomUUID();
		la.faults(Faults.NONE.withStall(1, 200));

		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> portal.postMessage(id.toString(), LaHttp.message(id, "C-1", 1), Duration.ofMillis(50)));
		awaitUpTo(Duration.ofSeconds(5), () -> la.distinctMessages() == 1);

		long started = System.nanoTime();
		var patient = portal.postMessage(UUID.randomUUID(), "C-1", 2);
		assertThat(patient.statusCode()).isEqualTo(201);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void a_duplicated_feed_repeats_a_change_already_returned_and_still_moves_on() throws Exception {
		for (int version = 1; version <= 4; version++) {
			la.storeCase(LaHttp.snapshot("C-1", version));
		}
		la.faults(Faults.NONE.withDuplicateFeed(1).withSeed(7));

		JsonNode page = LaHttp.json(portal.get("/v1/changes?after=2&limit=10"));

		var sequences = page.get("changes").valueStream().map(change -> change.get("sequence").asLong()).toList();
		assertThat(sequences).hasSize(3).endsWith(3L, 4L);
		assertThat(sequences.getFirst()).isBetween(1L, 2L);
		assertThat(page.get("last").asLong()).isEqualTo(4);
	}

	@Test
	void faults_can_be_set_over_the_admin_endpoint() throws Exception {
		var response = portal.admin("PUT", "/admin/faults", "{\"error\":1,\"seed\":3}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(la.faults()).isEqualTo(Faults.NONE.withError(1).withSeed(3));
		assertThat(portal.get("/v1/changes").statusCode()).isEqualTo(500);
	}

	/** The stalled request finishes on the server's own time; poll briefly for it. */
	private static void awaitUpTo(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
