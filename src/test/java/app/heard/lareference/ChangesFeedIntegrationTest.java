package app.heard.lareference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChangesFeedIntegrationTest {

	private final ReferenceLaServer la = ReferenceLaServer.start(ReferenceLaServer.Options.onPort(0));

	private final LaHttp portal = new LaHttp(la.baseUri());

	@AfterEach
	void stop() {
		la.close();
	}

	@Test
	void every_store_is_a_change_with_the_next_sequence_returned_in_pages_in_order() throws Exception {
		la.storeCase(LaHttp.snapshot("C-1", 1));
		la.storeCase(LaHttp.snapshot("C-2", 1));
		la.storeCase(LaHttp.snapshot("C-1", 2));

		JsonNode first = LaHttp.json(portal.get("/v1/changes?after=0&limit=2"));
		assertThat(sequences(first)).containsExactly(1L, 2L);
		assertThat(first.get("last").asLong()).isEqualTo(2);
		assertThat(first.at("/changes/0/case/laId").asString()).isEqualTo("C-1");

		JsonNode second = LaHttp.json(portal.get("/v1/changes?after=2&limit=2"));
		assertThat(sequences(second)).containsExactly(3L);
		assertThat(second.at("/changes/0/case/laVersion").asLong()).isEqualTo(2);
		assertThat(second.get("last").asLong()).isEqualTo(3);

		JsonNode none = LaHttp.json(portal.get("/v1/changes?after=3"));
		assertThat(none.get("changes")).isEmpty();
		assertThat(none.get("last").asLong()).isEqualTo(3);
	}

	@Test
	void renumbering_gives_the_feed_a_new_id_and_every_case_s_latest_snapshot_from_sequence_1() throws Exception {
		la.storeCase(LaHttp.snapshot("C-2", 1));
		la.storeCase(LaHttp.snapshot("C-1", 1));
		la.storeCase(LaHttp.snapshot("C-2", 2));
		la.storeCase(LaHttp.snapshot("C-2", 3));
		String before = LaHttp.json(portal.get("/v1/changes")).get("feed").asString();
		assertThat(before).isEqualTo(la.feed()).isNotBlank();

		var renumbered = portal.admin("POST", "/admin/renumber", null);

		assertThat(renumbered.statusCode()).isEqualTo(200);
		String after = LaHttp.json(renumbered).get("feed").asString();
		assertThat(after).isNotEqualTo(before).isEqualTo(la.feed());
		JsonNode page = LaHttp.json(portal.get("/v1/changes?after=0"));
		assertThat(page.get("feed").asString()).isEqualTo(after);
		assertThat(sequences(page)).containsExactly(1L, 2L);
		assertThat(page.at("/changes/0/case/laId").asString()).isEqualTo("C-1");
		assertThat(page.at("/changes/1/case/laVersion").asLong()).isEqualTo(3);
		assertThat(la.storeCase(LaHttp.snapshot("C-1", 2))).as("the next store follows on").isEqualTo(3);
		assertThat(la.renumberFeed()).as("each renumbering is another").isNotEqualTo(after);
	}

	@Test
	void a_change_carries_the_snapshot_as_it_was_stored_not_the_latest() throws Exception {
		la.storeCase(LaHttp.snapshot("C-1", 1));
		la.storeCase(LaHttp.snapshot("C-1", 2));

		JsonNode page = LaHttp.json(portal.get("/v1/changes"));

		assertThat(page.at("/changes/0/case/laVersion").asLong()).isEqualTo(1);
		assertThat(page.at("/changes/1/case/laVersion").asLong()).isEqualTo(2);
		assertThat(page.at("/changes/0/case/child/givenName").asString()).isEqualTo("Sam");
	}

	@Test
	void a_limit_that_is_not_a_positive_number_is_a_bad_request() throws Exception {
		assertThat(portal.get("/v1/changes?limit=0").statusCode()).isEqualTo(400);
		assertThat(portal.get("/v1/changes?after=abc").statusCode()).isEqualTo(400);
	}

	@Test
	void a_case_is_looked_up_at_its_latest_version_and_an_unknown_one_is_not_found() throws Exception {
		la.storeCase(LaHttp.snapshot("C-1", 1));
		la.storeCase(LaHttp.snapshot("C-1", 5));

		var found = portal.get("/v1/cases/C-1");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(LaHttp.json(found).get("laVersion").asLong()).isEqualTo(5);
		assertThat(portal.get("/v1/cases/C-404").statusCode()).isEqualTo(404);
	}

	@Test
	void cases_are_listed_by_la_id_page_after_page_until_next_is_null() throws Exception {
		la.storeCase(LaHttp.snapshot("C-3", 1));
		la.storeCase(LaHttp.snapshot("C-1", 4));
		la.storeCase(LaHttp.snapshot("C-2", 2));

		JsonNode first = LaHttp.json(portal.get("/v1/cases?limit=2"));
		assertThat(first.get("cases").toString())
			.isEqualTo("[{\"laId\":\"C-1\",\"laVersion\":4},{\"laId\":\"C-2\",\"laVersion\":2}]");
		assertThat(first.get("next").asString()).isEqualTo("C-2");

		JsonNode second = LaHttp.json(portal.get("/v1/cases?limit=2&after=C-2"));
		assertThat(second.at("/cases/0/laId").asString()).isEqualTo("C-3");
		assertThat(second.get("next").asString()).isEqualTo("C-3");

		JsonNode end = LaHttp.json(portal.get("/v1/cases?limit=2&after=C-3"));
		assertThat(end.get("cases")).isEmpty();
		assertThat(end.get("next").isNull()).isTrue();
	}

	private static java.util.List<Long> sequences(JsonNode page) {
		return page.get("changes").valueStream().map(change -> change.get("sequence").asLong()).toList();
	}

}
