package app.heard.lasync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.TestClock;
import app.heard.attachments.internal.FamilyFiles;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.identity.internal.TestSignIn;
import app.heard.lareference.ReceivedMessage;
import app.heard.lareference.ReferenceLaServer;
import app.heard.media.TestMedia;
import app.heard.views.Question;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The media manifest end to end (docs/decisions/0019): a parent sends a real photo (taken
 * sideways, with a location) through the families' upload, the media job prepares it, the
 * parent sends their views, and the reference LA (a real HTTP server, real OAuth2 tokens)
 * receives a views message whose manifest lists the photo's renditions with their SHA-256
 * and signed links. The LA's side is played here by a plain HTTP client with no session:
 * it fetches the link and checks the bytes against the manifest.
 */
@IntegrationTest
class LaMediaManifestIntegrationTest {

	private static final String HOPES = "our-hopes";

	@Autowired
	ReferenceLaServer la;

	@Autowired
	SyncCycle sync;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	ViewsService views;

	@Autowired
	SubmittedViewsService submitted;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext application;

	@Autowired
	BackgroundJobServer jobs;

	@Value("${heard.la-sync.push-secret}")
	String pushSecret;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	CaseFixture kase;

	final HttpClient laSystem = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void aCaseOfOurOwn() {
		kase = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)),
				List.of("coordinator"));
		signIn.signOut();
	}

	@AfterEach
	void everythingAsItWas() {
		jobs.resumeProcessing();
		clock.reset();
		signIn.signOut();
		laSystem.close();
	}

	@Test
	void a_photo_sent_with_views_reaches_the_la_with_its_hash_and_a_link_that_serves_exactly_those_bytes()
			throws Exception {
		Path photo = TestMedia.sidewaysPhotoWithLocation(folder.resolve("photo.jpg"));
		var parent = SignedInHttp.as(kase.subject("parent"), port);
		UUID file = FamilyFiles.send(parent, kase.id(), "our-views", HOPES, Files.readAllBytes(photo));
		FamilyFiles.waitForRendition(parent, file, "display");
		sendViews("A quiet place to eat lunch");
		var message = theOnly("VIEWS_SUBMITTED");

		var entry = onlyEntry(message.payload());
		assertThat(entry.path("attachmentId").asString()).isEqualTo(file.toString());
		assertThat(entry.path("question").asString()).isEqualTo("OUR_HOPES");
		assertThat(entry.path("mediaKind").asString()).isEqualTo("PHOTO");
		assertThat(entry.path("status").asString()).isEqualTo("READY");
		assertThat(entry.path("caption").asString()).isEmpty();
		assertThat(entry.path("attribution").asString())
			.isEqualTo("Added by " + kase.displayName("parent") + " (parent or carer)");
		assertThat(message.payload().path("answers").toString()).contains("OUR_HOPES", "A quiet place to eat lunch");
		var renditions = new ArrayList<JsonNode>(entry.path("renditions").values());
		assertThat(renditions).extracting(rendition -> rendition.path("role").asString())
			.as("what is served of a photo; never the original")
			.containsExactlyInAnyOrder("display", "thumbnail");
		assertThat(renditions).allSatisfy(rendition -> {
			assertThat(rendition.path("contentType").asString()).isEqualTo("image/jpeg");
			assertThat(rendition.path("sha256").asString()).matches("[0-9a-f]{64}");
			assertThat(Instant.parse(rendition.path("expiresAt").asString())).isBetween(
					Instant.now().plus(Duration.ofDays(14)).minusSeconds(300),
					Instant.now().plus(Duration.ofDays(14)).plusSeconds(5));
		});
		assertThat(fieldNames(message.payload())).as("the payload is as the contract's example shows it")
			.containsExactlyInAnyOrderElementsOf(exampleFieldNames("payload"));
		assertThat(fieldNames(entry)).containsExactlyInAnyOrderElementsOf(exampleFieldNames("media"));
		assertThat(fieldNames(renditions.get(0))).containsExactlyInAnyOrderElementsOf(exampleFieldNames("renditions"));

		// The LA fetches the display JPEG over plain HTTP with no session
		var display = renditions.stream()
			.filter(rendition -> rendition.path("role").asString().equals("display"))
			.findFirst()
			.orElseThrow();
		String url = display.path("url").asString();
		assertThat(url).startsWith("http://localhost:" + port + "/api/la/v1/media/"
				+ display.path("renditionId").asString() + "?expires=");
		long mark = auditMark();
		var fetched = fetch(url);
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(fetched.body()).hasSize(display.path("bytes").asInt());
		assertThat(sha256(fetched.body())).isEqualTo(display.path("sha256").asString());
		assertThat(fetched.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(fetched.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(fetched.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(fetched.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
		assertThat(fetched.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"display.jpg\"");
		assertThat(fetched.headers().firstValue("Repr-Digest")).hasValue("sha-256=:"
				+ Base64.getEncoder().encodeToString(HexFormat.of().parseHex(display.path("sha256").asString())) + ":");
		assertThat(fetched.headers().firstValue("Set-Cookie")).as("no session for the LA").isEmpty();
		Path served = folder.resolve("served.jpg");
		Files.write(served, fetched.body());
		assertThat(TestMedia.allTags(served)).doesNotContain("GPS", "Canon");
		assertThat(laDownloads(mark, "ALLOWED")).as("the download is in the child's audit trail, by the LA's system")
			.containsExactly("media/" + file + "/display");

		var firstBytes = laSystem.send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=0-99").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(firstBytes.statusCode()).isEqualTo(206);
		assertThat(firstBytes.body()).containsExactly(java.util.Arrays.copyOf(fetched.body(), 100));

		// Refused: a link the portal did not sign, in any part
		String signature = url.substring(url.indexOf("signature=") + "signature=".length());
		String expires = url.replaceAll(".*expires=(\\d+).*", "$1");
		String other = renditions.stream()
			.filter(rendition -> rendition.path("role").asString().equals("thumbnail"))
			.findFirst()
			.orElseThrow()
			.path("renditionId")
			.asString();
		for (String forged : List.of(url.substring(0, url.length() - 1) + (url.endsWith("0") ? "1" : "0"),
				url.replace("expires=" + expires, "expires=" + (Long.parseLong(expires) + 86400)),
				url.replace(display.path("renditionId").asString(), other), url.substring(0, url.indexOf('?')),
				url.replace("signature=" + signature, "signature=" + signature.toUpperCase()))) {
			var refused = fetch(forged);
			assertThat(refused.statusCode()).as(forged).isEqualTo(403);
			assertThat(refused.body()).as("no details").isEmpty();
		}

		// Expired: signed by the portal, but its time is up
		mark = auditMark();
		clock.moveOn(Duration.ofDays(14).plusMinutes(1));
		var expired = fetch(url);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).isEmpty();
		assertThat(laDownloads(mark, "DENIED")).containsExactly("media/" + file + "/display");

		// The LA asks again, signed as its pushes are, and gets links that work from now
		String submissionId = message.payload().path("submissionId").asString();
		var again = askForLinks("{\"submissionId\":\"" + submissionId + "\"}", true);
		assertThat(again.statusCode()).isEqualTo(200);
		var fresh = onlyEntry(json.readTree(again.body())).path("renditions");
		var freshDisplay = new ArrayList<JsonNode>(fresh.values()).stream()
			.filter(rendition -> rendition.path("role").asString().equals("display"))
			.findFirst()
			.orElseThrow();
		assertThat(freshDisplay.path("sha256").asString()).isEqualTo(display.path("sha256").asString());
		var refetched = fetch(freshDisplay.path("url").asString());
		assertThat(refetched.statusCode()).isEqualTo(200);
		assertThat(sha256(refetched.body())).isEqualTo(display.path("sha256").asString());
		assertThat(askForLinks("{\"submissionId\":\"" + submissionId + "\"}", false).statusCode()).as("unsigned")
			.isEqualTo(401);
		assertThat(askForLinks("{\"submissionId\":\"" + UUID.randomUUID() + "\"}", true).statusCode())
			.as("views the portal never sent")
			.isEqualTo(404);
	}

	@Test
	void a_file_removed_from_the_draft_after_sending_is_still_served_but_not_once_it_is_no_longer_part_of_what_was_sent()
			throws Exception {
		var parent = SignedInHttp.as(kase.subject("parent"), port);
		UUID file = FamilyFiles.send(parent, kase.id(), "our-views", HOPES,
				Files.readAllBytes(TestMedia.sidewaysPhotoWithLocation(folder.resolve("photo.jpg"))));
		FamilyFiles.waitForRendition(parent, file, "display");
		sendViews("Swimming with school");
		String url = onlyEntry(theOnly("VIEWS_SUBMITTED").payload()).path("renditions").get(0).path("url").asString();

		// What was sent stays sent, as the family's own sent page still shows it (0009)
		signIn.as(kase.subject("parent"));
		FamilyFiles.remove(application, file);
		signIn.signOut();
		assertThat(fetch(url).statusCode()).isEqualTo(200);

		// Whatever takes the file out of what was sent (the portal has no such action for
		// families yet; an erasure would be one) ends every link to it at once
		jdbc.update("delete from attachment_in_submission where attachment_id = ?", file);
		var gone = fetch(url);
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).isEmpty();
	}

	@Test
	void files_still_being_prepared_when_the_views_are_sent_follow_once_ready_and_a_removed_one_is_said_to_be_withdrawn()
			throws Exception {
		var parent = SignedInHttp.as(kase.subject("parent"), port);
		// The media jobs wait, so both files are still being prepared when the views go
		jobs.pauseProcessing();
		UUID kept = FamilyFiles.send(parent, kase.id(), "our-views", HOPES,
				Files.readAllBytes(TestMedia.sidewaysPhotoWithLocation(folder.resolve("kept.jpg"))));
		UUID removed = FamilyFiles.send(parent, kase.id(), "our-views", HOPES,
				Files.readAllBytes(TestMedia.sidewaysPhotoWithLocation(folder.resolve("removed.jpg"))));
		sendViews("Forest school on Fridays");
		var first = theOnly("VIEWS_SUBMITTED");
		assertThat(first.payload().path("media").values()).extracting(entry -> entry.path("status").asString())
			.containsExactly("PREPARING", "PREPARING");
		assertThat(first.payload().path("media").values()).allSatisfy(entry -> {
			assertThat(entry.path("renditions").values()).isEmpty();
			assertThat(entry.path("mediaKind").isNull()).isTrue();
		});

		signIn.as(kase.subject("parent"));
		FamilyFiles.remove(application, removed);
		signIn.signOut();
		jobs.resumeProcessing();
		await("the kept file's message").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				sync.sendOutbox();
				return messagesOfThisCase().stream().filter(m -> m.type().equals("VIEWS_MEDIA_UPDATED")).count() == 2;
			});

		var messages = messagesOfThisCase();
		assertThat(messages).extracting(ReceivedMessage::sequence).containsExactly(1L, 2L, 3L);
		assertThat(la.inOrderPerCase()).isTrue();
		var updates = messages.stream().filter(m -> m.type().equals("VIEWS_MEDIA_UPDATED")).toList();
		assertThat(updates).allSatisfy(update -> assertThat(update.payload().path("submissionId").asString())
			.isEqualTo(first.payload().path("submissionId").asString()));
		var withdrawn = onlyEntry(updates.get(0).payload());
		assertThat(withdrawn.path("attachmentId").asString()).isEqualTo(removed.toString());
		assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
		var ready = onlyEntry(updates.get(1).payload());
		assertThat(ready.path("attachmentId").asString()).isEqualTo(kept.toString());
		assertThat(ready.path("status").asString()).isEqualTo("READY");
		assertThat(ready.path("mediaKind").asString()).isEqualTo("PHOTO");
		for (JsonNode rendition : ready.path("renditions")) {
			var fetched = fetch(rendition.path("url").asString());
			assertThat(fetched.statusCode()).isEqualTo(200);
			assertThat(sha256(fetched.body())).isEqualTo(rendition.path("sha256").asString());
		}
		signIn.as(kase.subject("parent"));
		assertThat(submitted.lastSubmission(kase.id(), ViewKind.PARENT_CARER)).as("the views went at once")
			.hasValueSatisfying(sent -> assertThat(sent.answers().get(Question.OUR_HOPES).text())
				.isEqualTo("Forest school on Fridays"));
	}

	private void sendViews(String hopes) {
		signIn.as(kase.subject("parent"));
		var mine = views.open(kase.id(), ViewKind.PARENT_CARER);
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.OUR_HOPES, hopes, mine.versionOf(Question.OUR_HOPES));
		views.submit(kase.id(), ViewKind.PARENT_CARER);
		signIn.signOut();
		eventually(() -> {
			sync.sendOutbox();
			return messagesOfThisCase().stream().anyMatch(message -> message.type().equals("VIEWS_SUBMITTED"));
		});
	}

	private ReceivedMessage theOnly(String type) {
		var found = messagesOfThisCase().stream().filter(message -> message.type().equals(type)).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static JsonNode onlyEntry(JsonNode manifest) {
		assertThat(manifest.path("media").values()).hasSize(1);
		return manifest.path("media").get(0);
	}

	private List<ReceivedMessage> messagesOfThisCase() {
		return la.messages().stream().filter(message -> message.caseLaId().equals(kase.snapshot().laId())).toList();
	}

	private HttpResponse<byte[]> fetch(String url) throws Exception {
		return laSystem.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** As the LA signs a push: HMAC-SHA256 over "{timestamp}." and the body. */
	private HttpResponse<String> askForLinks(String body, boolean signed) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/la/v1/media-links"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signed) {
			String timestamp = String.valueOf(clock.instant().getEpochSecond());
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(pushSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			request.header("X-Heard-Timestamp", timestamp)
				.header("X-Heard-Signature",
						"sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))));
		}
		return laSystem.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long auditMark() {
		return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	/** Downloads recorded for this case as the LA's case record system: no person. */
	private List<String> laDownloads(long mark, String outcome) {
		return jdbc.queryForList("""
				select resource from audit_event
				where id > ? and case_id = ? and action = 'DOWNLOAD' and role = 'LA_CASE_RECORD'
				  and person_id is null and outcome = ? order by id""", String.class, mark, kase.id().value(), outcome);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static List<String> fieldNames(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	/**
	 * The field names of the contract's ViewsSubmitted example: of its payload, of its
	 * first media entry, or of that entry's first rendition.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> exampleFieldNames(String level) throws Exception {
		Map<String, Object> contract;
		try (InputStream in = LaMediaManifestIntegrationTest.class.getResourceAsStream("/static/api/la-sync-v1.yaml")) {
			contract = new Yaml().load(in);
		}
		var examples = (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("examples");
		var payload = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) examples
			.get("ViewsSubmitted")).get("value")).get("payload");
		var entry = ((List<Map<String, Object>>) payload.get("media")).get(0);
		var rendition = ((List<Map<String, Object>>) entry.get("renditions")).get(0);
		return new ArrayList<>(switch (level) {
			case "payload" -> payload.keySet();
			case "media" -> entry.keySet();
			default -> rendition.keySet();
		});
	}

	private static void eventually(BooleanSupplier done) {
		for (int attempt = 0; attempt < 50; attempt++) {
			if (done.getAsBoolean()) {
				return;
			}
		}
		throw new AssertionError("Still waiting after 50 rounds");
	}

}
