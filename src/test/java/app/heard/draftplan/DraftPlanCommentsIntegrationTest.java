package app.heard.draftplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.IntegrationTest;
import app.heard.RecordedAudit;
import app.heard.TestClock;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot.CommentResponse;
import app.heard.caserecord.CaseSnapshot.ResponseKind;
import app.heard.identity.internal.TestSignIn;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Comments on a draft plan through the real service, database and security: private
 * drafts, sending, immutability, two parents apart, the window enforced and extended, the
 * LA's response.
 */
@IntegrationTest
@RecordApplicationEvents
class DraftPlanCommentsIntegrationTest {

	@Autowired
	CaseAccessService access;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	DraftPlanCase kase;

	@BeforeEach
	void newCase() {
		kase = new DraftPlanCase(importer, signIn, LocalDate.now(clock));
	}

	@AfterEach
	void reset() {
		clock.reset();
		signIn.signOut();
	}

	@Test
	void a_parent_sees_the_draft_grouped_with_its_outcomes_and_provision_and_the_window() {
		signIn.as(kase.firstParent);
		var page = comments.open(kase.id);
		assertThat(page.plan().outcomesFor("B")).singleElement().satisfies(outcome -> {
			assertThat(outcome.steps()).containsExactly("Practise asking with her therapist",
					"Ask once a day in class");
			assertThat(outcome.provisions()).singleElement().satisfies(provision -> {
				assertThat(provision.who()).isEqualTo("A speech and language therapist");
				assertThat(provision.howOften()).isEqualTo("Weekly, 45 minutes");
				assertThat(provision.howLong()).isEqualTo("Two school terms");
			});
		});
		assertThat(page.window().lastDay()).isEqualTo(kase.servedOn.plusDays(14));
		assertThat(page.window().daysLeft(clock)).isEqualTo(13);
		assertThat(page.mayComment()).isTrue();
	}

	@Test
	void drafts_are_private_to_their_author_and_each_parent_sends_their_own() {
		signIn.as(kase.firstParent);
		comments.save(kase.id, Target.section("B"), "Mia also stammers when tired.", DraftPlanComments.NEW);
		signIn.as(kase.secondParent);
		assertThat(comments.open(kase.id).comments()).isEmpty();
		comments.save(kase.id, Target.section("B"), "School says she is doing well.", DraftPlanComments.NEW);
		comments.submit(kase.id);

		signIn.as(kase.firstParent);
		var mine = comments.open(kase.id).commentOn(Target.section("B")).orElseThrow();
		assertThat(mine.text()).isEqualTo("Mia also stammers when tired.");
		assertThat(mine.sent()).isFalse();
		assertThat(events.stream(CommentsSubmitted.class)).singleElement()
			.satisfies(sent -> assertThat(sent.caseId()).isEqualTo(kase.id));
	}

	@Test
	void sent_comments_cannot_be_changed_and_the_event_carries_the_requests() {
		signIn.as(kase.firstParent);
		long version = comments.save(kase.id, Target.provision(kase.provision), "Weekly is not enough.",
				DraftPlanComments.NEW);
		comments.save(kase.id, Target.NAMED_SETTING, "Riverside School, Exeter", DraftPlanComments.NEW);
		comments.save(kase.id, Target.MEETING, "", DraftPlanComments.NEW);
		assertThat(comments.submit(kase.id)).isPresent();

		assertThatThrownBy(() -> comments.save(kase.id, Target.provision(kase.provision), "Changed my mind", version))
			.isInstanceOf(CommentAlreadySentException.class);
		var page = comments.open(kase.id);
		var sent = page.commentOn(Target.provision(kase.provision)).orElseThrow();
		assertThat(sent.text()).isEqualTo("Weekly is not enough.");
		assertThat(sent.attribution()).contains("Recorded by " + kase.firstParent + " (parent or carer)");
		assertThat(page.commentOn(Target.MEETING).orElseThrow().sent()).as("an empty request is not sent").isFalse();
		assertThat(events.stream(CommentsSubmitted.class)).singleElement().satisfies(event -> {
			assertThat(event.comments()).hasSize(2).contains(sent.id());
			assertThat(event.asksForNamedSetting()).isTrue();
			assertThat(event.asksForMeeting()).isFalse();
		});
		assertThat(comments.submit(kase.id)).as("nothing left to send").isEmpty();
	}

	@Test
	void an_advocate_comments_only_once_the_family_asks_and_it_is_attributed_on_behalf_of_the_family() {
		signIn.as(kase.advocate);
		assertThat(comments.open(kase.id).mayComment()).isFalse();
		assertThatThrownBy(() -> comments.save(kase.id, Target.section("A"), "x", DraftPlanComments.NEW))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> access.askToComment(kase.id, helperInvolvement(), true))
			.as("the helper cannot ask themselves")
			.isInstanceOf(AccessDeniedException.class);

		signIn.as(kase.secondParent);
		access.askToComment(kase.id, helperInvolvement(), true);

		signIn.as(kase.advocate);
		assertThat(comments.open(kase.id).mayComment()).isTrue();
		comments.save(kase.id, Target.outcome(kase.outcome), "The family want a target for home too.",
				DraftPlanComments.NEW);
		comments.submit(kase.id);
		assertThat(comments.open(kase.id).commentOn(Target.outcome(kase.outcome)).orElseThrow().attribution())
			.contains("Recorded by " + kase.advocate + " (advocate) on behalf of the family");

		signIn.as(kase.secondParent);
		access.askToComment(kase.id, helperInvolvement(), false);
		signIn.as(kase.advocate);
		assertThat(comments.open(kase.id).mayComment()).as("the family stopped asking").isFalse();
	}

	@Test
	void an_advocates_draft_plan_read_comment_send_pdf_and_people_list_are_recorded_on_behalf_of_the_family() {
		signIn.as(kase.secondParent);
		access.askToComment(kase.id, helperInvolvement(), true);
		var advocate = signIn.as(kase.advocate).id();
		var audit = new RecordedAudit(jdbc);
		long mark = audit.mark();

		comments.open(kase.id);
		comments.save(kase.id, Target.section("A"), "The family want this in their words.", DraftPlanComments.NEW);
		comments.submit(kase.id);
		comments.pdf(kase.id);
		access.whoHasAccess(kase.id);

		var recorded = audit.allowedSince(mark, advocate, kase.id);
		assertThat(recorded).contains("VIEW draft-plan family", "COMMENT draft-plan/section-A family",
				"SUBMIT draft-plan/comments family", "DOWNLOAD draft-plan/pdf family", "LIST people family");
		assertThat(recorded).as("nothing the advocate did is left as their own")
			.allMatch(row -> row.endsWith(" family"));
	}

	private UUID helperInvolvement() {
		return access.whoHasAccess(kase.id)
			.stream()
			.filter(person -> person.role() == CaseRole.ADVOCATE)
			.findFirst()
			.orElseThrow()
			.involvementId();
	}

	@Test
	void after_the_window_closes_nothing_is_saved_or_sent_until_the_coordinator_extends_it() {
		signIn.as(kase.firstParent);
		long version = comments.save(kase.id, Target.section("A"), "She loves music too.", DraftPlanComments.NEW);
		clock.moveOn(Duration.ofDays(13));
		assertThat(comments.open(kase.id).window().isOpen(clock)).isFalse();
		assertThatThrownBy(() -> comments.save(kase.id, Target.section("A"), "And drawing.", version))
			.isInstanceOf(CommentsClosedException.class);
		assertThatThrownBy(() -> comments.submit(kase.id)).isInstanceOf(CommentsClosedException.class);
		assertThatThrownBy(() -> comments.extendWindow(kase.id, LocalDate.now(clock).plusDays(7)))
			.as("a parent cannot extend")
			.isInstanceOf(AccessDeniedException.class);

		signIn.as(kase.coordinator);
		assertThatThrownBy(() -> comments.extendWindow(kase.id, kase.servedOn.plusDays(14)))
			.isInstanceOf(IllegalArgumentException.class);
		comments.extendWindow(kase.id, LocalDate.now(clock).plusDays(7));

		signIn.as(kase.firstParent);
		var page = comments.open(kase.id);
		assertThat(page.window().extended()).isTrue();
		assertThat(page.window().daysLeft(clock)).isEqualTo(8);
		assertThat(page.commentOn(Target.section("A")).orElseThrow().text()).isEqualTo("She loves music too.");
		comments.save(kase.id, Target.section("A"), "And drawing.", version);
		assertThat(comments.submit(kase.id)).isPresent();
	}

	@Test
	void the_coordinator_reads_the_draft_but_does_not_comment() {
		signIn.as(kase.coordinator);
		assertThat(comments.open(kase.id).mayComment()).isFalse();
		assertThatThrownBy(() -> comments.save(kase.id, Target.section("A"), "x", DraftPlanComments.NEW))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void someone_not_linked_to_the_child_finds_no_draft() {
		signIn.as("stranger-" + UUID.randomUUID());
		assertThatThrownBy(() -> comments.open(kase.id)).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> comments.save(kase.id, Target.section("A"), "x", DraftPlanComments.NEW))
			.isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void the_las_response_arrives_with_the_case_record_and_is_shown_with_the_comment() {
		signIn.as(kase.firstParent);
		comments.save(kase.id, Target.section("F"), "Please add a quiet room.", DraftPlanComments.NEW);
		comments.submit(kase.id);
		UUID commentId = comments.open(kase.id).commentOn(Target.section("F")).orElseThrow().id();

		kase.laResponds(new CommentResponse(commentId, 1, ResponseKind.CHANGED, "Added: a quiet room at lunch."));
		kase.laResponds(new CommentResponse(commentId, 1, ResponseKind.ACCEPTED, null));

		var response = comments.open(kase.id).plan().responses().get(commentId);
		assertThat(response.kind()).as("a repeated version is ignored").isEqualTo(ResponseKind.CHANGED);
		assertThat(response.detail()).contains("Added: a quiet room at lunch.");
	}

	@Test
	void the_pdf_has_the_plan_in_its_groups_with_the_persons_comments() throws IOException {
		signIn.as(kase.firstParent);
		comments.save(kase.id, Target.section("A"), "Mia żółć loves trains.", DraftPlanComments.NEW);
		try (var document = Loader.loadPDF(comments.pdf(kase.id))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Mia's draft EHC plan");
			assertThat(text).contains("Education (sections B, E and F)", "Speech and language therapy",
					"Weekly, 45 minutes", "Mia żółć loves trains.");
		}
	}

}
