package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drafts and submissions of views on the demo cases, through the service as each demo
 * person. Each test uses its own question where the shared About Me set could otherwise
 * make tests depend on each other.
 */
@IntegrationTest
class ViewsIntegrationTest {

	@Autowired
	ViewsService views;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	SubmittedViewsService submitted;

	CaseId ellie;

	CaseId riley;

	@BeforeEach
	void findTheDemoCases() {
		ellie = DemoCaseIds.of("Ellie", cases, signIn);
		riley = DemoCaseIds.of("Riley", cases, signIn);
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void two_parents_share_the_childs_about_me_and_a_stale_save_is_refused_without_losing_either_text() {
		signInAs("parent");
		long version = views.open(ellie, ViewKind.ABOUT_ME).versionOf(Question.ENJOY_DOING);
		long first = views.save(ellie, ViewKind.ABOUT_ME, Question.ENJOY_DOING, "Horses", version);
		long second = views.save(ellie, ViewKind.ABOUT_ME, Question.ENJOY_DOING, "Horses and drawing", first);
		assertThat(second).isEqualTo(first + 1);

		signInAs("parent2");
		var seenBySecondParent = views.open(ellie, ViewKind.ABOUT_ME).answers().get(Question.ENJOY_DOING);
		assertThat(seenBySecondParent.text()).isEqualTo("Horses and drawing");
		assertThatThrownBy(() -> views.save(ellie, ViewKind.ABOUT_ME, Question.ENJOY_DOING, "Swimming", first))
			.isInstanceOfSatisfying(EditConflictException.class, conflict -> {
				assertThat(conflict.theirText()).isEqualTo("Horses and drawing");
				assertThat(conflict.theirVersion()).isEqualTo(second);
			});
		assertThat(views.open(ellie, ViewKind.ABOUT_ME).answers().get(Question.ENJOY_DOING).text())
			.isEqualTo("Horses and drawing");
	}

	@Test
	void each_parent_has_their_own_views_which_the_other_does_not_see() {
		signInAs("parent");
		var mine = views.open(ellie, ViewKind.PARENT_CARER);
		views.save(ellie, ViewKind.PARENT_CARER, Question.OUR_HOPES, "A calm classroom",
				mine.versionOf(Question.OUR_HOPES));

		signInAs("parent2");
		assertThat(views.open(ellie, ViewKind.PARENT_CARER).answers()).doesNotContainKey(Question.OUR_HOPES);
	}

	@Test
	void of_many_saves_from_the_same_starting_point_exactly_one_wins() throws Exception {
		signInAs("parent");
		long start = views.open(ellie, ViewKind.ABOUT_ME).versionOf(Question.MY_PAST);
		var pool = Executors.newFixedThreadPool(8);
		try {
			var attempts = new ArrayList<Future<Boolean>>();
			for (int i = 0; i < 8; i++) {
				String text = "Phone " + i;
				Callable<Boolean> attempt = () -> {
					signIn.as("parent");
					try {
						views.save(ellie, ViewKind.ABOUT_ME, Question.MY_PAST, text, start);
						return true;
					}
					catch (EditConflictException conflict) {
						return false;
					}
					finally {
						signIn.signOut();
					}
				};
				attempts.add(pool.submit(attempt));
			}
			int wins = 0;
			for (var attempt : attempts) {
				wins += attempt.get() ? 1 : 0;
			}
			assertThat(wins).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void a_submission_says_who_recorded_each_answer_and_how_the_childs_views_were_gathered() {
		signInAs("dias");
		views.sayHowGathered(ellie, Gathered.DICTATED);
		var set = views.open(ellie, ViewKind.ABOUT_ME);
		views.save(ellie, ViewKind.ABOUT_ME, Question.COMMUNICATE_WITH_ME, "Talk to me slowly and show me pictures",
				set.versionOf(Question.COMMUNICATE_WITH_ME));
		views.submit(ellie, ViewKind.ABOUT_ME);

		var sent = submitted.lastSubmission(ellie, ViewKind.ABOUT_ME).orElseThrow();
		assertThat(sent.answers().get(Question.COMMUNICATE_WITH_ME).attribution())
			.isEqualTo("Recorded by Sam Okafor (DiAS) on behalf of Ellie, as Ellie said it");
		assertThat(sent.attribution()).startsWith("Recorded by Sam Okafor (DiAS) on behalf of Ellie");

		// Later drafts never change what was submitted
		views.save(ellie, ViewKind.ABOUT_ME, Question.COMMUNICATE_WITH_ME, "Changed afterwards",
				views.open(ellie, ViewKind.ABOUT_ME).versionOf(Question.COMMUNICATE_WITH_ME));
		assertThat(submitted.lastSubmission(ellie, ViewKind.ABOUT_ME)
			.orElseThrow()
			.answers()
			.get(Question.COMMUNICATE_WITH_ME)
			.text()).isEqualTo("Talk to me slowly and show me pictures");
	}

	@Test
	void a_parent_recording_with_the_child_is_never_said_to_have_used_the_childs_own_words_unless_they_say_so() {
		signInAs("parent2");
		var set = views.open(ellie, ViewKind.ABOUT_ME);
		views.save(ellie, ViewKind.ABOUT_ME, Question.IMPORTANT_TO_ME, "My brother and my dog",
				set.versionOf(Question.IMPORTANT_TO_ME));
		views.submit(ellie, ViewKind.ABOUT_ME);
		assertThat(submitted.lastSubmission(ellie, ViewKind.ABOUT_ME)
			.orElseThrow()
			.answers()
			.get(Question.IMPORTANT_TO_ME)
			.attribution()).isEqualTo("Recorded by Casey Morgan (parent or carer) with Ellie");
	}

	@Test
	void a_young_person_records_their_own_views_in_their_own_words_but_not_parent_views() {
		signInAs("young-person");
		var set = views.open(riley, ViewKind.ABOUT_ME);
		views.save(riley, ViewKind.ABOUT_ME, Question.MY_HOPES, "Study music production at college",
				set.versionOf(Question.MY_HOPES));
		views.submit(riley, ViewKind.ABOUT_ME);
		assertThat(submitted.lastSubmission(riley, ViewKind.ABOUT_ME)
			.orElseThrow()
			.answers()
			.get(Question.MY_HOPES)
			.attribution()).isEqualTo("Recorded by Riley Taylor, in their own words");
		assertThatThrownBy(() -> views.open(riley, ViewKind.PARENT_CARER)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_co_ordinator_cannot_record_views_and_a_stranger_cannot_find_the_case() {
		signInAs("coordinator");
		assertThatThrownBy(() -> views.open(ellie, ViewKind.ABOUT_ME)).isInstanceOf(AccessDeniedException.class);
		signInAs("stranger-" + UUID.randomUUID());
		assertThatThrownBy(() -> views.open(ellie, ViewKind.ABOUT_ME)).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> views.save(ellie, ViewKind.ABOUT_ME, Question.MY_HOPES, "x", ViewSet.NEW))
			.isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void a_question_from_another_set_or_an_overlong_answer_is_refused() {
		signInAs("parent");
		assertThatThrownBy(() -> views.save(ellie, ViewKind.PARENT_CARER, Question.MY_HOPES, "x", ViewSet.NEW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> views.save(ellie, ViewKind.PARENT_CARER, Question.OUR_HOPES,
				"x".repeat(Question.MAX_LENGTH + 1), ViewSet.NEW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void how_each_outcome_is_going_is_sent_with_the_outcome_in_the_plans_words() {
		signInAs("advocate");
		var set = views.open(ellie, ViewKind.ABOUT_ME);
		assertThat(set.outcomes()).hasSize(2);
		var reading = set.outcomes().get(0);
		var friends = set.outcomes().get(1);
		// rated out of order, read in the plan's order
		views.rateOutcome(ellie, ViewKind.ABOUT_ME, friends.laId(), "YES", set.versionOfRating(friends.laId()));
		views.rateOutcome(ellie, ViewKind.ABOUT_ME, reading.laId(), "NOT_SURE", set.versionOfRating(reading.laId()));
		assertThatThrownBy(() -> views.rateOutcome(ellie, ViewKind.ABOUT_ME, "NOT-IN-THE-PLAN", "YES", ViewSet.NEW))
			.isInstanceOf(IllegalArgumentException.class);
		views.submit(ellie, ViewKind.ABOUT_ME);

		var sent = submitted.lastSubmission(ellie, ViewKind.ABOUT_ME).orElseThrow();
		assertThat(sent.outcomeRatings()).extracting(Submitted.OutcomeRating::outcome)
			.containsExactly(reading.description(), friends.description());
		assertThat(sent.outcomeRatings()).filteredOn(rating -> rating.outcome().equals(reading.description()))
			.singleElement()
			.satisfies(rating -> {
				assertThat(rating.outcome()).isEqualTo(reading.description());
				assertThat(rating.rating()).isEqualTo("NOT_SURE");
				assertThat(rating.attribution()).startsWith("Recorded by Priya Shah (advocate) on behalf of Ellie");
			});
	}

	@Test
	void a_separated_parent_sees_the_other_parents_views_once_sent_and_a_stranger_never_does() {
		signInAs("parent");
		var mine = views.open(ellie, ViewKind.PARENT_CARER);
		views.save(ellie, ViewKind.PARENT_CARER, Question.FAMILY_HISTORY, "We moved to Leeds in 2022",
				mine.versionOf(Question.FAMILY_HISTORY));
		views.submit(ellie, ViewKind.PARENT_CARER);
		var id = submitted.lastSubmission(ellie, ViewKind.PARENT_CARER).orElseThrow().id();

		signInAs("parent2");
		assertThat(submitted.sentByOthers(ellie)).anyMatch(sent -> sent.id().equals(id));
		assertThat(submitted.submission(ellie, id).answers().get(Question.FAMILY_HISTORY).text())
			.isEqualTo("We moved to Leeds in 2022");
		assertThatThrownBy(() -> submitted.submission(riley, id)).as("only through its own case")
			.isInstanceOf(CaseNotFoundException.class);

		signInAs("stranger-" + UUID.randomUUID());
		assertThatThrownBy(() -> submitted.submission(ellie, id)).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> submitted.submissionPdf(ellie, id)).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> submitted.sentByOthers(ellie)).isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void the_pdf_of_sent_views_holds_the_words_and_attributions_as_text_in_any_script() throws Exception {
		signInAs("parent");
		var mine = views.open(ellie, ViewKind.PARENT_CARER);
		String words = "Ellie's grandmother Zofia Łukaszewska speaks Polish to her. Żółć. Привет. Emoji 🐴 too. "
				+ "x".repeat(300);
		views.save(ellie, ViewKind.PARENT_CARER, Question.OTHER_FROM_US, words, mine.versionOf(Question.OTHER_FROM_US));
		views.submit(ellie, ViewKind.PARENT_CARER);
		var id = submitted.lastSubmission(ellie, ViewKind.PARENT_CARER).orElseThrow().id();

		byte[] pdf = submitted.submissionPdf(ellie, id);
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Parent or carer views for Ellie");
			assertThat(text).contains("Anythingelseyouthinkisimportant", "ZofiaŁukaszewska", "Żółć", "Привет",
					"Recordedby" + "JordanTaylor(parentorcarer)", "x".repeat(300));
		}
	}

	private void signInAs(String subject) {
		signIn.as(subject);
	}

}
