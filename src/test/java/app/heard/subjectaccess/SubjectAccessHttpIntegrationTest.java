package app.heard.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.audit.AuditLog;
import app.heard.audit.RecordedEvent;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.LegalBasis;
import app.heard.caserecord.RestrictionReason;
import app.heard.caserecord.RestrictionScope;
import app.heard.caserecord.RestrictionService;
import app.heard.caserecord.YoungPersonDecision;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.identity.internal.TestSignIn;
import app.heard.invitations.Invitations;
import app.heard.invitations.NewInvitation;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Everything about this child and everyone who looked at it", downloaded over real HTTP
 * by the demo case's co-ordinator (Alex Brennan, North SEND team), and refused — and
 * recorded as refused — for everyone else.
 */
@IntegrationTest
class SubjectAccessHttpIntegrationTest {

	@Autowired
	CaseRecordService cases;

	@Autowired
	ViewsService views;

	@Autowired
	AuditLog log;

	@Autowired
	TestSignIn signIn;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	RestrictionService restrictions;

	@Autowired
	YoungPersonHandover handover;

	@Autowired
	Invitations invitations;

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	CaseId ellie;

	@BeforeEach
	void findEllie() {
		ellie = DemoCaseIds.of("Ellie", cases, signIn);
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void the_co_ordinator_downloads_the_case_the_views_the_files_and_everyone_who_looked() throws Exception {
		// Priya, the family's advocate, looks at the case and opens the views she records
		// for the family
		signIn.as("advocate");
		cases.overview(ellie);
		views.open(ellie, ViewKind.PARENT_CARER);
		signIn.signOut();

		var coordinator = SignedInHttp.as("coordinator", port);
		long started = System.nanoTime();
		var response = coordinator.sendForBytes(coordinator.request("/children/" + ellie + "/everything.zip").GET());
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
		assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
		assertThat(response.headers().firstValue("Content-Disposition")).get()
			.asString()
			.startsWith("attachment")
			.doesNotContain("Ellie");
		Map<String, byte[]> files = unzip(response.body());
		System.out.printf("Subject access export of the demo case (Ellie): %d ms, %d bytes, %d audit events%n", millis,
				response.body().length, json.readTree(files.get("audit.json")).size());
		assertThat(files).containsOnlyKeys("README.txt", "case.json", "views.json", "attachments.json",
				"draft-plan.json", "people.json", "restrictions.json", "capacity.json", "invitations.json",
				"audit.json");

		JsonNode kase = json.readTree(files.get("case.json")).get("case");
		assertThat(kase.get("childName").asString()).isEqualTo("Ellie");
		assertThat(kase.get("childFullName").asString()).isEqualTo("Eleanor Taylor");
		assertThat(kase.get("whoCanSee").toString()).contains("Jordan Taylor", "Casey Morgan", "Priya Shah");

		JsonNode sets = json.readTree(files.get("views.json"));
		assertThat(sets.valueStream().map(set -> set.get("whose").asString())).contains("Priya Shah");
		assertThat(json.readTree(files.get("attachments.json")).isArray()).isTrue();

		JsonNode trail = json.readTree(files.get("audit.json"));
		assertThat(
				trail.valueStream()
					.filter(event -> event.get("who").asString().equals("Priya Shah"))
					.map(event -> event.get("action").asString() + " " + event.get("resource").asString() + " "
							+ event.get("onBehalfOf").asString()))
			.contains("VIEW case family", "VIEW views/our-views family");
		// The export lists itself
		JsonNode export = trail.valueStream()
			.filter(event -> event.get("action").asString().equals("EXPORT"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(export.get("who").asString()).isEqualTo("Alex Brennan");
		assertThat(export.get("outcome").asString()).isEqualTo("ALLOWED");
		assertThat(export.get("role").asString()).isEqualTo("CASE_COORDINATOR");
		assertThat(export.get("source").asString()).as("remote address and user agent")
			.startsWith("127.0.0.1 ")
			.contains("Java-http-client");
	}

	@Test
	void the_zip_lists_the_draft_plan_who_can_see_restrictions_capacity_records_and_invitations() throws Exception {
		var kase = CaseFixture.create(importer, signIn,
				List.of(Member.of("young-person", CaseRole.YOUNG_PERSON), Member.of("dad", CaseRole.PARENT_CARER),
						Member.neverSignedIn("uncle", CaseRole.PARENT_CARER)),
				List.of("coordinator"), LocalDate.now().minusYears(17).minusMonths(1), true);
		signIn.as(kase.subject("coordinator"));
		var people = restrictions.of(kase.id()).people();
		restrictions.record(kase.id(), involvement(people, kase.displayName("uncle")), RestrictionReason.COURT_ORDER,
				RestrictionScope.noAccessAtAll());
		handover.recordLackOfCapacity(kase.id(), YoungPersonDecision.COMMENT_ON_DRAFT_PLAN,
				involvement(people, kase.displayName("dad")), LegalBasis.DEPUTY);
		invitations.invite(kase.id(),
				new NewInvitation("Aunt Export", "aunt.export@example.org", CaseRole.PARENT_CARER));
		signIn.signOut();

		var coordinator = SignedInHttp.as(kase.subject("coordinator"), port);
		var response = coordinator
			.sendForBytes(coordinator.request("/children/" + kase.id() + "/everything.zip").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, byte[]> files = unzip(response.body());

		assertThat(json.readTree(files.get("draft-plan.json")).toString()).contains("Jo likes trains and buses.");
		assertThat(json.readTree(files.get("people.json")).toString()).contains(kase.displayName("dad"),
				kase.displayName("young-person"));
		assertThat(json.readTree(files.get("restrictions.json")).toString()).contains("COURT_ORDER",
				kase.displayName("uncle"));
		assertThat(json.readTree(files.get("capacity.json")).toString()).contains("COMMENT_ON_DRAFT_PLAN", "DEPUTY",
				kase.displayName("dad"));
		assertThat(json.readTree(files.get("invitations.json")).toString()).contains("Aunt Export");
		assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("draft-plan.json",
				"people.json", "restrictions.json", "capacity.json", "invitations.json");
	}

	private static UUID involvement(List<RestrictionService.InvolvedPerson> people, String name) {
		return people.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
	}

	@Test
	void a_parent_or_advocate_cannot_download_it_and_the_refusal_is_recorded() throws Exception {
		for (String subject : new String[] { "parent", "advocate" }) {
			var person = SignedInHttp.as(subject, port);
			var response = person.send(person.request("/children/" + ellie + "/everything.zip").GET());
			assertThat(response.statusCode()).as(subject).isEqualTo(403);
			assertThat(response.body()).contains("co-ordinator");
			UUID who = signIn.as(subject).id().value();
			assertThat(log.forCase(ellie.value())).as(subject)
				.anySatisfy(event -> assertThat(describe(event)).isEqualTo("DENIED EXPORT subject-access by " + who));
		}
	}

	@Test
	void someone_not_linked_to_the_case_finds_no_such_download() throws Exception {
		var stranger = SignedInHttp.as("someone-else-" + UUID.randomUUID(), port);
		assertThat(stranger.send(stranger.request("/children/" + ellie + "/everything.zip").GET()).statusCode())
			.isEqualTo(404);
		assertThat(stranger.send(stranger.request("/children/not-a-case/everything.zip").GET()).statusCode())
			.isEqualTo(404);
	}

	private static String describe(RecordedEvent event) {
		return event.outcome() + " " + event.action() + " " + event.resource() + " by "
				+ event.person().map(person -> person.value().toString()).orElse("nobody");
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		var files = new LinkedHashMap<String, byte[]>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
