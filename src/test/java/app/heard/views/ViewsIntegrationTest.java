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
		long first = views.save(ellie, ViewKind.ABOUT_ME, Question.ENJOY_DOING, "Horses", version, Gathered.OWN_WORDS);
		long second = views.save(ellie, ViewKind.ABOUT_ME, Question.ENJOY_DOING, "Horses and drawing", first,
				Gathered.OWN_WORDS);
		assertThat(second).isEqualTo(first + 1);

		signInAs("parent2");
		var seenBySecondParent = views.open(ellie, ViewKind.ABOUT_ME).answers().get(Question.ENJOY_DOING);
		assertThat(seenBySecondParent.text()).isEqualTo("Horses and drawing");
		assertThatThrownBy(
				() -> views.save(ellie, ViewKind.ABOUT_ME, Question.ENJOY_DOING, "Swimming", first, Gathered.OWN_WORDS))
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
				mine.versionOf(Question.OUR_HOPES), null);

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
						views.save(ellie, ViewKind.ABOUT_ME, Question.MY_PAST, text, start, Gathered.DICTATED);
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
		var set = views.open(ellie, ViewKind.ABOUT_ME);
		views.save(ellie, ViewKind.ABOUT_ME, Question.COMMUNICATE_WITH_ME, "Talk to me slowly and show me pictures",
				set.versionOf(Question.COMMUNICATE_WITH_ME), Gathered.DICTATED);
		views.submit(ellie, ViewKind.ABOUT_ME);

		var submitted = views.lastSubmission(ellie, ViewKind.ABOUT_ME).orElseThrow();
		assertThat(submitted.answers().get(Question.COMMUNICATE_WITH_ME).attribution())
			.isEqualTo("Recorded by Sam Okafor (DiAS) on behalf of Ellie, as Ellie said it");
		assertThat(submitted.attribution()).startsWith("Recorded by Sam Okafor (DiAS) on behalf of Ellie");

		// Later drafts never change what was submitted
		views.save(ellie, ViewKind.ABOUT_ME, Question.COMMUNICATE_WITH_ME, "Changed afterwards",
				views.open(ellie, ViewKind.ABOUT_ME).versionOf(Question.COMMUNICATE_WITH_ME), Gathered.DICTATED);
		assertThat(views.lastSubmission(ellie, ViewKind.ABOUT_ME)
			.orElseThrow()
			.answers()
			.get(Question.COMMUNICATE_WITH_ME)
			.text()).isEqualTo("Talk to me slowly and show me pictures");
	}

	@Test
	void a_parent_recording_with_the_child_is_never_said_to_have_used_the_childs_own_words_unless_they_say_so() {
		signInAs("parent");
		var set = views.open(ellie, ViewKind.ABOUT_ME);
		views.save(ellie, ViewKind.ABOUT_ME, Question.IMPORTANT_TO_ME, "My brother and my dog",
				set.versionOf(Question.IMPORTANT_TO_ME), null);
		views.submit(ellie, ViewKind.ABOUT_ME);
		assertThat(views.lastSubmission(ellie, ViewKind.ABOUT_ME)
			.orElseThrow()
			.answers()
			.get(Question.IMPORTANT_TO_ME)
			.attribution()).isEqualTo("Recorded by Jordan Taylor (parent or carer) with Ellie");
	}

	@Test
	void a_young_person_records_their_own_views_in_their_own_words_but_not_parent_views() {
		signInAs("young-person");
		var set = views.open(riley, ViewKind.ABOUT_ME);
		views.save(riley, ViewKind.ABOUT_ME, Question.MY_HOPES, "Study music production at college",
				set.versionOf(Question.MY_HOPES), null);
		views.submit(riley, ViewKind.ABOUT_ME);
		assertThat(views.lastSubmission(riley, ViewKind.ABOUT_ME)
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
		assertThatThrownBy(() -> views.save(ellie, ViewKind.ABOUT_ME, Question.MY_HOPES, "x", ViewSet.NEW, null))
			.isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void a_question_from_another_set_or_an_overlong_answer_is_refused() {
		signInAs("parent");
		assertThatThrownBy(() -> views.save(ellie, ViewKind.PARENT_CARER, Question.MY_HOPES, "x", ViewSet.NEW, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> views.save(ellie, ViewKind.PARENT_CARER, Question.OUR_HOPES,
				"x".repeat(Question.MAX_LENGTH + 1), ViewSet.NEW, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private void signInAs(String subject) {
		signIn.as(subject);
	}

}
