package app.heard.lasync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.TestClock;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseOverview;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.Target;
import app.heard.identity.internal.TestSignIn;
import app.heard.lareference.Faults;
import app.heard.lareference.ReceivedMessage;
import app.heard.lareference.ReferenceLaServer;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

		for (int attempt = 0; attempt < 10; attempt++) {
			sync.sendOutbox();
			clock.moveOn(Duration.ofMinutes(6));
		}
		assertThat(messagesOfThisCase()).isEmpty();
		signIn.as("la-admin");
		var failure = administration.health()
			.failures()
			.stream()
			.filter(failed -> failed.caseLaId().equals(kase.snapshot().laId()))
			.toList();
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
