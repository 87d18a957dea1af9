package app.heard.lasync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.Inbox;
import app.heard.IntegrationTest;
import app.heard.TestClock;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseOverview;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.ReviewStage;
import app.heard.caserecord.SenType;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.Target;
import app.heard.identity.internal.TestSignIn;
import app.heard.lareference.Faults;
import app.heard.lareference.ReceivedMessage;
import app.heard.lareference.ReferenceLaServer;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sync end to end against the reference LA service (a real HTTP server, with real
 * OAuth2 client-credentials tokens from the embedded identity provider): what families
 * send reaches the LA exactly once and in order, through lost answers and failures; what
 * the LA changes reaches the portal by its feed or by a signed push.
 */
@IntegrationTest
class LaSyncIntegrationTest {

	@Autowired
	ReferenceLaServer la;

	@Autowired
	SyncCycle sync;

	@Autowired
	LaSync administration;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	CaseRecordService cases;

	@Autowired
	CaseAccessService access;

	@Autowired
	ViewsService views;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail smtp;

	@LocalServerPort
	int port;

	CaseFixture kase;

	@BeforeEach
	void aCaseOfOurOwn() {
		kase = CaseFixture.create(importer, signIn,
				List.of(Member.of("parent", CaseRole.PARENT_CARER), Member.of("advocate", CaseRole.ADVOCATE)),
				List.of("coordinator"));
	}

	@AfterEach
	void everythingAsItWas() {
		la.faults(Faults.NONE);
		clock.reset();
		signIn.signOut();
	}

	@Test
	void views_a_parent_sends_reach_the_la_once_with_their_answers_attribution_and_pdf() {
		sendParentViews("A calm classroom and a friend to sit with");
		sendUntilNothingWaits();

		var messages = messagesOfThisCase();
		assertThat(messages).hasSize(1);
		var message = messages.get(0);
		assertThat(message.type()).isEqualTo("VIEWS_SUBMITTED");
		assertThat(message.sequence()).isEqualTo(1);
		assertThat(message.deliveries()).isEqualTo(1);
		var payload = message.payload();
		assertThat(payload.path("kind").asString()).isEqualTo("PARENT_CARER");
		assertThat(payload.path("reviewLaId").asString()).isEqualTo(kase.snapshot().reviews().get(0).laId());
		assertThat(payload.path("answers").toString()).contains("OUR_HOPES",
				"A calm classroom and a friend to sit with");
		assertThat(payload.path("attribution").asString()).contains(kase.displayName("parent"));
		assertThat(java.util.Base64.getDecoder().decode(payload.path("pdfBase64").asString()))
			.startsWith("%PDF".getBytes());

		sync.sendOutbox();
		assertThat(messagesOfThisCase()).singleElement().extracting(ReceivedMessage::deliveries).isEqualTo(1);
	}

	@Test
	void comments_on_a_draft_plan_reach_the_la_with_the_request_for_a_meeting() {
		var withDraft = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)),
				List.of(), LocalDate.now().minusYears(9), true);
		signIn.as(withDraft.subject("parent"));
		comments.save(withDraft.id(), Target.section("A"), "She also loves buses.", DraftPlanComments.NEW);
		comments.save(withDraft.id(), Target.MEETING, "Please can we meet after school?", DraftPlanComments.NEW);
		comments.submit(withDraft.id());
		signIn.signOut();
		eventually(() -> {
			sync.sendOutbox();
			return la.messages().stream().anyMatch(message -> message.caseLaId().equals(withDraft.snapshot().laId()));
		});

		var sent = la.messages()
			.stream()
			.filter(message -> message.caseLaId().equals(withDraft.snapshot().laId()))
			.toList();
		assertThat(sent).singleElement().satisfies(message -> {
			assertThat(message.type()).isEqualTo("COMMENTS_SUBMITTED");
			assertThat(message.payload().path("asksForMeeting").asBoolean()).isTrue();
			assertThat(message.payload().path("comments").toString()).contains("She also loves buses.", "SECTION",
					"Please can we meet after school?");
		});
	}

	@Test
	void a_message_whose_answer_is_lost_is_sent_again_and_the_la_keeps_it_once() {
		la.faults(Faults.NONE.withAckLost(1.0));
		sendParentViews("Swimming on Saturdays");
		sync.sendOutbox();
		// The scheduled sender may have tried again meanwhile, to no avail
		assertThat(messagesOfThisCase()).singleElement()
			.extracting(ReceivedMessage::deliveries)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER)
			.isPositive();
		assertThat(waiting()).isEqualTo(1);

		la.faults(Faults.NONE);
		sendUntilNothingWaits();
		var message = messagesOfThisCase().get(0);
		assertThat(message.deliveries()).isGreaterThanOrEqualTo(2);
		assertThat(messagesOfThisCase()).hasSize(1);
	}

	@Test
	void a_case_s_messages_arrive_in_order_even_when_the_first_keeps_failing_until_an_administrator_retries() {
		la.faults(Faults.NONE.withError(1.0));
		sendParentViews("Reading with Mum");
		signIn.as(kase.subject("coordinator"));
		var advocate = access.whoHasAccess(kase.id())
			.stream()
			.filter(person -> person.role() == CaseRole.ADVOCATE)
			.findFirst()
			.orElseThrow();
		access.endAccess(kase.id(), advocate.involvementId());
		signIn.signOut();

		// Ten tries, each after its wait: the scheduled sender may make some of them (the
		// test's call then finds the row taken), so go on until it has given up, within
		// bounds
		for (int round = 0; round < 30 && failuresOfThisCase().isEmpty(); round++) {
			sync.sendOutbox();
			clock.moveOn(Duration.ofMinutes(6));
		}
		assertThat(messagesOfThisCase()).isEmpty();
		var failure = failuresOfThisCase();
		signIn.as("la-admin");
		assertThat(failure).singleElement().satisfies(failed -> {
			assertThat(failed.sequence()).isEqualTo(1);
			assertThat(failed.attempts()).isEqualTo(10);
			assertThat(failed.lastError()).contains("500");
		});
		assertThat(administration.health().backlog()).isGreaterThanOrEqualTo(2);

		la.faults(Faults.NONE);
		sync.sendOutbox();
		assertThat(messagesOfThisCase()).as("the second waits behind the first").isEmpty();
		assertThat(administration.retry(failure.get(0).messageId())).isTrue();
		sendUntilNothingWaits();
		assertThat(messagesOfThisCase()).extracting(ReceivedMessage::type)
			.containsExactly("VIEWS_SUBMITTED", "ACCESS_CHANGED");
		assertThat(messagesOfThisCase()).extracting(ReceivedMessage::sequence).containsExactly(1L, 2L);
		assertThat(la.inOrderPerCase()).isTrue();
	}

	/** As the LA's administrator sees them. */
	private List<SyncHealth.Failure> failuresOfThisCase() {
		signIn.as("la-admin");
		try {
			return administration.health()
				.failures()
				.stream()
				.filter(failed -> failed.caseLaId().equals(kase.snapshot().laId()))
				.toList();
		}
		finally {
			signIn.signOut();
		}
	}

	@Test
	void only_an_la_administrator_sees_the_sync() {
		signIn.as(kase.subject("coordinator"));
		assertThatThrownBy(() -> administration.health()).isInstanceOf(AccessDeniedException.class);
		signIn.as(kase.subject("parent"));
		assertThatThrownBy(() -> administration.health()).isInstanceOf(AccessDeniedException.class);
		signIn.signOut();
		assertThatThrownBy(() -> administration.health()).isInstanceOf(RuntimeException.class);
	}

	@Test
	void a_change_from_the_la_s_feed_applies_by_version_and_a_repeated_change_changes_nothing() {
		var snapshot = kase.snapshot();
		var moved = withMeetingOn(snapshot, snapshot.laVersion() + 1, LocalDate.now().plusWeeks(6));
		la.faults(Faults.NONE.withDuplicateFeed(1.0));
		la.storeCase(json.writeValueAsString(moved));
		la.storeCase(json.writeValueAsString(snapshot)); // older: ignored
		assertThat(sync.pullChanges()).isGreaterThanOrEqualTo(2);

		signIn.as(kase.subject("parent"));
		assertThat(meetingOn()).isEqualTo(LocalDate.now().plusWeeks(6));
		signIn.as("la-admin");
		assertThat(administration.health().pull().lastError()).isEmpty();
		assertThat(administration.health().pull().lastSuccess()).isPresent();
	}

	@Test
	void after_the_la_numbers_its_feed_again_a_change_behind_the_old_position_is_read_and_nothing_else_changes() {
		// A history at the LA longer than its list of cases: one case at six versions
		String laId = "RENUMBER-" + UUID.randomUUID();
		for (int version = 1; version <= 6; version++) {
			la.storeCase(
					json.writeValueAsString(withMeeting(sen2Case(laId, null, null, null, null), version, version)));
		}
		var snapshot = kase.snapshot();
		long lastBefore = la.storeCase(json.writeValueAsString(snapshot));
		eventually(() -> {
			sync.pullChanges();
			return pullPosition() >= lastBefore;
		});
		long positionBefore = pullPosition();
		String oldFeed = la.feed();
		assertThat(pullFeed()).isEqualTo(oldFeed);
		String before = mirrorApartFrom(kase.id().value());

		// As when the LA restarts: every case's latest snapshot again from sequence 1
		String newFeed = la.renumberFeed();
		var moved = withMeetingOn(snapshot, snapshot.laVersion() + 1, LocalDate.now().plusWeeks(7));
		long sequence = la.storeCase(json.writeValueAsString(moved));
		assertThat(sequence).as("the change is numbered behind where the portal had read to")
			.isLessThan(positionBefore);

		eventually(() -> {
			sync.pullChanges();
			signIn.as(kase.subject("parent"));
			return meetingOn().equals(LocalDate.now().plusWeeks(7));
		});
		signIn.signOut();
		assertThat(newFeed).isNotEqualTo(oldFeed);
		assertThat(pullFeed()).isEqualTo(newFeed);
		assertThat(pullPosition()).isEqualTo(sequence);
		// Reading the whole feed again applied nothing twice and undid nothing:
		// every other mirrored row has the LA version and row version it had
		assertThat(mirrorApartFrom(kase.id().value())).isEqualTo(before).contains("case " + laId + " 6 ");
		signIn.as("la-admin");
		assertThat(administration.health().pull().lastError()).isEmpty();
	}

	@Test
	void a_signed_push_applies_at_once_and_removing_a_person_at_the_la_ends_their_access() throws Exception {
		var snapshot = kase.snapshot();
		var people = new ArrayList<>(snapshot.people());
		var advocate = people.stream().filter(person -> person.role() == CaseRole.ADVOCATE).findFirst().orElseThrow();
		people.set(people.indexOf(advocate), new CaseSnapshot.Involvement(advocate.laId(), advocate.laVersion() + 1,
				advocate.displayName(), advocate.role(), advocate.since(), LocalDate.now()));
		var removed = new CaseSnapshot(snapshot.laId(), snapshot.laVersion() + 1, snapshot.laReference(),
				snapshot.team(), snapshot.child(), snapshot.plans(), snapshot.reviews(), people,
				snapshot.restrictions(), snapshot.commentResponses());
		String body = json.writeValueAsString(removed);

		assertThat(post(body, "sha256=" + "0".repeat(64), Instant.now())).isEqualTo(401);
		assertThat(post(body, null, null)).isEqualTo(401);
		signIn.as(kase.subject("advocate"));
		assertThat(cases.overview(kase.id())).isNotNull();
		signIn.signOut();

		la.storeCase(body);
		assertThat(la.push(snapshot.laId())).isEqualTo(200);
		signIn.as(kase.subject("advocate"));
		assertThatThrownBy(() -> cases.overview(kase.id())).isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void the_la_s_sen2_details_and_people_s_emails_come_through_the_feed_into_the_mirror() {
		String laId = "SEN2-" + UUID.randomUUID();
		var snapshot = sen2Case(laId, "K887201330017", "4512345670", "ASD", "SLCN");
		la.storeCase(json.writeValueAsString(snapshot));

		sync.pullChanges();

		var child = jdbc.queryForMap(
				"select child_upn, child_uln, primary_need, secondary_need, sen2_problems from ehc_case where la_id = ?",
				laId);
		assertThat(child).containsEntry("child_upn", "K887201330017")
			.containsEntry("child_uln", "4512345670")
			.containsEntry("primary_need", "ASD")
			.containsEntry("secondary_need", "SLCN")
			.containsEntry("sen2_problems", null);
		assertThat(emailOf(laId + "-PARENT")).isEqualTo(laId.toLowerCase() + ".parent@example.org");
		assertThat(emailOf(laId + "-COORDINATOR")).isNull();

		importer.linkPerson(laId + "-PARENT", signIn.as(laId + "-parent").id());
		CaseOverview overview = cases.overview(importer.caseId(laId).orElseThrow());
		assertThat(overview.needs()).containsExactly(SenType.ASD, SenType.SLCN);
		signIn.as("la-admin");
		assertThat(administration.health().toCheck()).noneMatch(line -> line.startsWith(laId));
	}

	@Test
	void a_malformed_upn_and_an_unknown_need_code_are_kept_as_sent_and_listed_and_the_import_goes_on() {
		String laId = "SEN2-" + UUID.randomUUID();
		String after = "SEN2-" + UUID.randomUUID();
		la.storeCase(json.writeValueAsString(sen2Case(laId, "Z801200001001", "12345", "XYZ", "SLCN")));
		la.storeCase(json.writeValueAsString(sen2Case(after, null, null, null, null)));

		sync.pullChanges();

		assertThat(importer.caseId(laId)).isPresent();
		assertThat(importer.caseId(after)).as("the change after it").isPresent();
		var child = jdbc.queryForMap(
				"select child_upn, child_uln, primary_need, secondary_need, sen2_problems from ehc_case where la_id = ?",
				laId);
		assertThat(child).containsEntry("child_upn", "Z801200001001")
			.containsEntry("child_uln", "12345")
			.containsEntry("primary_need", "XYZ")
			.containsEntry("secondary_need", "SLCN");
		signIn.as("la-admin");
		var health = administration.health();
		assertThat(health.pull().lastError()).isEmpty();
		assertThat(health.toCheck()).filteredOn(line -> line.startsWith(laId))
			.singleElement()
			.asString()
			.contains("the UPN's check letter does not match", "the ULN is not 10 digits",
					"the primary need XYZ is not an SEN2 type")
			.doesNotContain("Z801200001001", "12345", "SLCN");
		assertThat(health.toCheck()).noneMatch(line -> line.startsWith(after));

		importer.linkPerson(laId + "-PARENT", signIn.as(laId + "-parent").id());
		assertThat(cases.overview(importer.caseId(laId).orElseThrow()).needs()).as("the one the portal can name")
			.containsExactly(SenType.SLCN);

		// Corrected at the LA: no longer listed
		la.storeCase(json.writeValueAsString(new CaseSnapshot(laId, 2, "EHC-SEN2", TEAM,
				sen2Child(laId, "K887201330017", null, "MLD", "SLCN"), List.of(), List.of(), List.of())));
		sync.pullChanges();
		signIn.as("la-admin");
		assertThat(administration.health().toCheck()).noneMatch(line -> line.startsWith(laId));
	}

	@Test
	void the_address_a_person_signs_in_with_wins_over_the_la_s_and_the_la_s_is_used_when_there_is_none()
			throws Exception {
		String laId = "SEN2-" + UUID.randomUUID();
		la.storeCase(json.writeValueAsString(sen2Case(laId, null, null, null, null)));
		sync.pullChanges();
		String parent = laId + "-parent";
		importer.linkPerson(laId + "-PARENT", signIn.as(parent).id());
		signIn.signOut();
		String fromLa = laId.toLowerCase() + ".parent@example.org";

		la.storeCase(json.writeValueAsString(withMeeting(sen2Case(laId, null, null, null, null), 2, 1)));
		assertThat(la.push(laId)).isEqualTo(200);
		assertThat(Inbox.awaitMessageTo(smtp, fromLa).getSubject()).contains("review meeting");

		String fromSignIn = "signed-in-" + UUID.randomUUID() + "@example.net";
		signIn.reachAt(parent, fromSignIn);
		la.storeCase(json.writeValueAsString(withMeeting(sen2Case(laId, null, null, null, null), 3, 2)));
		assertThat(la.push(laId)).isEqualTo(200);
		assertThat(Inbox.awaitMessageTo(smtp, fromSignIn).getSubject()).contains("review meeting");
		assertThat(Inbox.messagesTo(smtp, fromLa)).as("only the first went to the LA's address").hasSize(1);
	}

	private static final CaseSnapshot.Team TEAM = new CaseSnapshot.Team("SEN2-TEAM", 1, "SEN2 team");

	private static CaseSnapshot sen2Case(String laId, String upn, String uln, String primary, String secondary) {
		LocalDate since = LocalDate.now().minusYears(2);
		return new CaseSnapshot(laId, 1, "EHC-SEN2", TEAM, sen2Child(laId, upn, uln, primary, secondary), List.of(),
				List.of(),
				List.of(new CaseSnapshot.Involvement(laId + "-PARENT", 1, "A parent", CaseRole.PARENT_CARER, since,
						null, laId.toLowerCase() + ".parent@example.org"),
						new CaseSnapshot.Involvement(laId + "-COORDINATOR", 1, "A co-ordinator",
								CaseRole.CASE_COORDINATOR, since, null, null)));
	}

	private static CaseSnapshot.Child sen2Child(String laId, String upn, String uln, String primary, String secondary) {
		return new CaseSnapshot.Child(laId + "-CHILD", "Kit", "Rowe", null, LocalDate.now().minusYears(14), "Year 9",
				"Hill School", "100500")
			.withSen2(upn, uln, primary, secondary);
	}

	private static CaseSnapshot withMeeting(CaseSnapshot snapshot, long version, int weeks) {
		var meeting = LocalDate.now().plusWeeks(4 + weeks).atTime(10, 0);
		var review = new CaseSnapshot.Review(snapshot.laId() + "-REVIEW", version, ReviewStage.VIEWS, meeting,
				"Hill School", meeting.toLocalDate().minusWeeks(2), null, null, null);
		return new CaseSnapshot(snapshot.laId(), version, snapshot.laReference(), snapshot.team(), snapshot.child(),
				snapshot.plans(), List.of(review), snapshot.people());
	}

	private long pullPosition() {
		return jdbc.queryForObject("select position from la_sync_state where name = 'pull'", Long.class);
	}

	private String pullFeed() {
		return jdbc.queryForObject("select feed from la_sync_state where name = 'pull'", String.class);
	}

	/**
	 * Every mirrored case, review, plan, outcome and involvement outside one case, with
	 * its LA version and (but for outcomes, which have none) its row version, which any
	 * update moves on.
	 */
	private String mirrorApartFrom(UUID caseId) {
		return jdbc.queryForObject("""
				select string_agg(line, E'\n' order by line) from (
				    select 'case ' || la_id || ' ' || la_version || ' ' || version as line from ehc_case where id <> ?
				    union all
				    select 'review ' || la_id || ' ' || la_version || ' ' || version from review where case_id <> ?
				    union all
				    select 'plan ' || la_id || ' ' || la_version || ' ' || version from plan where case_id <> ?
				    union all
				    select 'outcome ' || o.la_id || ' ' || o.la_version
				      from outcome o join plan p on p.id = o.plan_id where p.case_id <> ?
				    union all
				    select 'involvement ' || la_id || ' ' || la_version || ' ' || version || ' '
				           || coalesce(ended_on::text, '-') from involvement where case_id <> ?
				) lines
				""", String.class, caseId, caseId, caseId, caseId, caseId);
	}

	private String emailOf(String involvementLaId) {
		return jdbc.queryForObject("select email from involvement where la_id = ?", String.class, involvementLaId);
	}

	private int post(String body, String signature, Instant at) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/la/v1/cases"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Heard-Timestamp", String.valueOf(at.getEpochSecond()))
				.header("X-Heard-Signature", signature);
		}
		try (var http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
	}

	private void sendParentViews(String hopes) {
		signIn.as(kase.subject("parent"));
		var mine = views.open(kase.id(), ViewKind.PARENT_CARER);
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.OUR_HOPES, hopes, mine.versionOf(Question.OUR_HOPES));
		views.submit(kase.id(), ViewKind.PARENT_CARER);
		signIn.signOut();
	}

	private LocalDate meetingOn() {
		CaseOverview overview = cases.overview(kase.id());
		return overview.review().flatMap(CaseOverview.CurrentReview::meetingAt).orElseThrow().toLocalDate();
	}

	private static CaseSnapshot withMeetingOn(CaseSnapshot snapshot, long version, LocalDate day) {
		var review = snapshot.reviews().get(0);
		var moved = new CaseSnapshot.Review(review.laId(), review.laVersion() + 1, review.stage(), day.atTime(10, 0),
				review.meetingPlace(), day.minusWeeks(2), review.reportSentOn(), review.decision(), review.decidedOn());
		return new CaseSnapshot(snapshot.laId(), version, snapshot.laReference(), snapshot.team(), snapshot.child(),
				snapshot.plans(), List.of(moved), snapshot.people(), snapshot.restrictions(),
				snapshot.commentResponses());
	}

	private List<ReceivedMessage> messagesOfThisCase() {
		return la.messages().stream().filter(message -> message.caseLaId().equals(kase.snapshot().laId())).toList();
	}

	private long waiting() {
		return jdbc.queryForObject("select count(*) from la_outbox where case_id = ? and status <> 'SENT'", Long.class,
				kase.id().value());
	}

	/** Sends, moving the clock past each wait, until this case has nothing waiting. */
	private void sendUntilNothingWaits() {
		eventually(() -> {
			sync.sendOutbox();
			clock.moveOn(Duration.ofMinutes(6));
			return waiting() == 0;
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
