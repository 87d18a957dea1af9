package app.heard;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.RestrictionScope;
import app.heard.lasync.MediaEntry;
import app.heard.lasync.MediaLinksRequest;
import app.heard.lasync.MediaManifest;
import app.heard.lasync.MediaRendition;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open contract LAs build adapters against ({@code static/api/la-sync-v1.yaml}) is a
 * well-formed document and describes exactly what the portal reads.
 */
class LaSyncContractUnitTest {

	private static final Map<String, Object> CONTRACT = load();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void it_is_openapi_3_1_at_version_1_0_0() {
		assertThat(CONTRACT.get("openapi")).isEqualTo("3.1.0");
		assertThat(map(CONTRACT.get("info")).get("version")).isEqualTo("1.0.0");
	}

	@Test
	void every_reference_resolves_to_something_defined_in_the_document() {
		List<String> refs = new ArrayList<>();
		collectRefs(CONTRACT, refs);

		assertThat(refs).hasSizeGreaterThan(30);
		assertThat(refs).allSatisfy(ref -> assertThat(resolve(ref)).as(ref).isNotNull());
	}

	@Test
	void every_request_and_response_body_has_an_example() {
		var paths = map(CONTRACT.get("paths"));
		assertThat(paths).containsOnlyKeys("/v1/changes", "/v1/cases/{laId}", "/v1/cases", "/v1/messages",
				"/api/la/v1/cases", "/api/la/v1/media/{renditionId}", "/api/la/v1/media-links");
		paths.forEach((path, item) -> map(item).forEach((method, operation) -> {
			if (!List.of("get", "post").contains(method)) {
				return;
			}
			var bodies = new ArrayList<Map<String, Object>>();
			var op = map(operation);
			if (op.containsKey("requestBody")) {
				bodies.add(map(op.get("requestBody")));
			}
			map(op.get("responses")).values().forEach(response -> bodies.add(deref(map(response))));
			for (var body : bodies) {
				if (body.containsKey("content")) {
					map(body.get("content")).forEach((type, media) -> assertThat(map(media)).as("%s %s", method, path)
						.containsAnyOf(Map.entry("example", map(media).getOrDefault("example", "")),
								Map.entry("examples", map(media).getOrDefault("examples", ""))));
				}
			}
		}));
	}

	@Test
	void the_schemas_name_exactly_the_properties_of_the_portals_case_snapshot() {
		var schemas = map(map(CONTRACT.get("components")).get("schemas"));
		for (Class<?> type : List.of(CaseSnapshot.class, CaseSnapshot.Team.class, CaseSnapshot.Child.class,
				CaseSnapshot.Plan.class, CaseSnapshot.Outcome.class, CaseSnapshot.Provision.class,
				CaseSnapshot.Review.class, CaseSnapshot.Involvement.class, CaseSnapshot.Restriction.class,
				CaseSnapshot.CommentResponse.class, RestrictionScope.class, MediaEntry.class, MediaRendition.class,
				MediaManifest.class, MediaLinksRequest.class)) {
			var properties = map(map(schemas.get(type.getSimpleName())).get("properties"));
			assertThat(properties.keySet()).as(type.getSimpleName())
				.containsExactlyElementsOf(
						Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
		}
	}

	@Test
	void the_whole_case_example_reads_as_a_case_snapshot_and_writes_back_the_same() {
		Object example = map(resolve("#/components/examples/WholeCase")).get("value");

		CaseSnapshot snapshot = JSON.convertValue(example, CaseSnapshot.class);

		assertThat(snapshot.reviews().getFirst().meetingAt()).hasToString("2026-09-26T10:00");
		// Through text, so that a long and an int of the same value compare equal
		JsonNode written = JSON.readTree(JSON.writeValueAsString(snapshot));
		JsonNode documented = JSON.readTree(JSON.writeValueAsString(example));
		assertThat(written).isEqualTo(documented);
	}

	@Test
	void the_media_manifest_examples_read_as_the_portal_s_records_and_write_back_the_same() {
		Map<String, Object> viewsPayload = map(
				map(map(resolve("#/components/examples/ViewsSubmitted")).get("value")).get("payload"));
		Object media = viewsPayload.get("media");
		List<MediaEntry> entries = JSON.readerForListOf(MediaEntry.class).readValue(JSON.writeValueAsString(media));

		assertThat(entries).extracting(MediaEntry::status).containsExactly("READY", "PREPARING");
		assertThat(entries.get(0).renditions()).allSatisfy(rendition -> {
			assertThat(rendition.sha256()).matches("[0-9a-f]{64}");
			assertThat(rendition.url()).contains("/api/la/v1/media/" + rendition.renditionId() + "?expires=");
		});
		assertThat(JSON.readTree(JSON.writeValueAsString(entries)))
			.isEqualTo(JSON.readTree(JSON.writeValueAsString(media)));
		for (String example : List.of("ViewsMediaUpdated", "MediaLinksAnswer")) {
			Object value = map(resolve("#/components/examples/" + example)).get("value");
			Object manifest = example.equals("ViewsMediaUpdated") ? map(value).get("payload") : value;
			MediaManifest read = JSON.convertValue(manifest, MediaManifest.class);
			assertThat(read.submissionId()).as(example).hasToString(String.valueOf(viewsPayload.get("submissionId")));
			assertThat(JSON.readTree(JSON.writeValueAsString(read))).as(example)
				.isEqualTo(JSON.readTree(JSON.writeValueAsString(manifest)));
		}
	}

	private static Object resolve(String ref) {
		assertThat(ref).startsWith("#/");
		Object node = CONTRACT;
		for (String name : ref.substring(2).split("/")) {
			node = node instanceof Map<?, ?> map ? map.get(name.replace("~1", "/").replace("~0", "~")) : null;
		}
		return node;
	}

	private static Map<String, Object> deref(Map<String, Object> node) {
		return node.containsKey("$ref") ? map(resolve((String) node.get("$ref"))) : node;
	}

	private static void collectRefs(Object node, List<String> refs) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if ("$ref".equals(key)) {
					refs.add((String) value);
				}
				else {
					collectRefs(value, refs);
				}
			});
		}
		else if (node instanceof List<?> list) {
			list.forEach(item -> collectRefs(item, refs));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node) {
		assertThat(node).isInstanceOf(Map.class);
		return (Map<String, Object>) node;
	}

	private static Map<String, Object> load() {
		try (InputStream in = LaSyncContractUnitTest.class.getResourceAsStream("/static/api/la-sync-v1.yaml")) {
			assertThat(in).as("the contract on the classpath").isNotNull();
			return new Yaml().load(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
