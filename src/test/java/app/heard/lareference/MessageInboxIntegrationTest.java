package app.heard.lareference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageInboxIntegrationTest {

	private final ReferenceLaServer la = ReferenceLaServer.start(ReferenceLaServer.Options.onPort(0));

	private final LaHttp portal = new LaHttp(la.baseUri());

	@AfterEach
	void stop() {
		la.close();
	}

	@Test
	void a_message_is_accepted_once_and_every_later_arrival_is_a_duplicate() throws Exception {
		UUID id = UUID.randomUUID();

		var first = portal.postMessage(id, "C-1", 1);
		var second = portal.postMessage(id, "C-1", 1);
		var third = portal.postMessage(id, "C-1", 1);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(LaHttp.json(first).get("status").asString()).isEqualTo("accepted");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(LaHttp.json(third).get("status").asString()).isEqualTo("duplicate");
		assertThat(la.distinctMessages()).isEqualTo(1);
		var stored = la.messages().getFirst();
		assertThat(stored.messageId()).isEqualTo(id);
		assertThat(stored.caseLaId()).isEqualTo("C-1");
		assertThat(stored.type()).isEqualTo("VIEWS_SUBMITTED");
		assertThat(stored.payload().get("reviewLaId").asString()).isEqualTo("REV-77");
		assertThat(stored.deliveries()).isEqualTo(3);
	}

	@Test
	void a_duplicate_does_not_replace_the_stored_body() throws Exception {
		UUID id = UUID.randomUUID();
		portal.postMessage(id, "C-1", 1);

		var again = portal.postMessage(id.toString(), LaHttp.message(id, "C-OTHER", 7), Duration.ofSeconds(5));

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(la.messages().getFirst().caseLaId()).isEqualTo("C-1");
		assertThat(la.messages().getFirst().sequence()).isEqualTo(1);
	}

	@Test
	void an_idempotency_key_other_than_the_message_id_is_a_bad_request() throws Exception {
		UUID id = UUID.randomUUID();

		var response = portal.postMessage(UUID.randomUUID().toString(), LaHttp.message(id, "C-1", 1),
				Duration.ofSeconds(5));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(la.distinctMessages()).isZero();
	}

	@Test
	void a_malformed_body_is_a_bad_request() throws Exception {
		UUID id = UUID.randomUUID();
		String key = id.toString();
		String noPayload = LaHttp.message(id, "C-1", 1).replace("\"payload\"", "\"other\"");
		String unknownType = LaHttp.message(id, "C-1", 1).replace("VIEWS_SUBMITTED", "SOMETHING_ELSE");
		String zeroSequence = LaHttp.message(id, "C-1", 0);

		for (String body : new String[] { "not json", "[]", noPayload, unknownType, zeroSequence }) {
			assertThat(portal.postMessage(key, body, Duration.ofSeconds(5)).statusCode()).as(body).isEqualTo(400);
		}
		assertThat(la.distinctMessages()).isZero();
	}

	@Test
	void messages_are_in_order_per_case_only_when_each_case_counts_1_2_3_without_gaps() throws Exception {
		portal.postMessage(UUID.randomUUID(), "C-1", 1);
		portal.postMessage(UUID.randomUUID(), "C-2", 1);
		portal.postMessage(UUID.randomUUID(), "C-1", 2);
		assertThat(la.inOrderPerCase()).isTrue();

		portal.postMessage(UUID.randomUUID(), "C-2", 3);
		assertThat(la.inOrderPerCase()).isFalse();
	}

	@Test
	void a_call_without_a_bearer_token_is_unauthorised_and_stores_nothing() throws Exception {
		var anonymous = new LaHttp(la.baseUri()).withToken(null);

		assertThat(anonymous.postMessage(UUID.randomUUID(), "C-1", 1).statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/v1/changes").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/v1/cases").statusCode()).isEqualTo(401);
		assertThat(la.distinctMessages()).isZero();
	}

}
