package app.heard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.TestClock;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.identity.internal.TestSignIn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Views as time passes, on a case of the test's own (views due two weeks from today): the
 * date for views closes sending, a family may send again until then, and a draft stays.
 */
@IntegrationTest
class ViewsOverTimeIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	TestClock clock;

	@Autowired
	ViewsService views;

	@Autowired
	SubmittedViewsService submitted;

	@Autowired
	ViewsHistory history;

	CaseFixture kase;

	@BeforeEach
	void importTheCase() {
		kase = CaseFixture.create(importer, signIn, List.of(Member.of("ann", CaseRole.PARENT_CARER)),
				List.of("coordinator"));
	}

	@AfterEach
	void reset() {
		clock.reset();
		signIn.signOut();
	}

	@Test
	void after_the_date_for_views_sending_is_refused_and_the_page_can_name_the_team_to_contact() {
		LocalDate due = LocalDate.now(clock).plusWeeks(2);
		signIn.as(kase.subject("ann"));
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.FAMILY_HISTORY, "We moved house.", ViewSet.NEW);

		clock.moveOn(Duration.ofDays(15));

		assertThatThrownBy(() -> views.submit(kase.id(), ViewKind.PARENT_CARER))
			.isInstanceOfSatisfying(ViewsClosedException.class, closed -> assertThat(closed.dueOn()).isEqualTo(due));
		var set = views.open(kase.id(), ViewKind.PARENT_CARER);
		assertThat(set.closedOn(LocalDate.now(clock))).isTrue();
		assertThat(set.teamName()).isEqualTo("Test team " + kase.teamLaId().replace("-TEAM", ""));
		assertThat(set.answers().get(Question.FAMILY_HISTORY).text()).as("nothing typed is lost")
			.isEqualTo("We moved house.");
		assertThat(set.lastSubmitted()).isEmpty();
	}

	@Test
	void views_sent_on_the_last_day_are_accepted() {
		signIn.as(kase.subject("ann"));
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.FAMILY_HISTORY, "We moved house.", ViewSet.NEW);
		clock.moveOn(Duration.ofDays(14));

		assertThat(views.submit(kase.id(), ViewKind.PARENT_CARER)).isNotNull();
	}

	@Test
	void a_family_can_change_their_views_and_send_again_before_the_date_and_the_latest_counts_with_the_earlier_kept() {
		signIn.as(kase.subject("ann"));
		long version = views.save(kase.id(), ViewKind.PARENT_CARER, Question.FAMILY_HISTORY, "We moved house.",
				ViewSet.NEW);
		views.submit(kase.id(), ViewKind.PARENT_CARER);
		clock.moveOn(Duration.ofDays(3));
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.FAMILY_HISTORY, "We moved house in May.", version);
		var second = views.submit(kase.id(), ViewKind.PARENT_CARER);

		var latest = submitted.lastSubmission(kase.id(), ViewKind.PARENT_CARER).orElseThrow();
		assertThat(latest.answers().get(Question.FAMILY_HISTORY).text()).isEqualTo("We moved house in May.");
		assertThat(Duration.between(latest.at(), second).abs()).isLessThan(Duration.ofMillis(1));

		signIn.as(kase.subject("coordinator"));
		var kept = history.everything(kase.id())
			.stream()
			.filter(set -> set.kind() == ViewKind.PARENT_CARER)
			.flatMap(set -> set.submissions().stream())
			.toList();
		assertThat(kept).as("the earlier submission is kept beside the latest").hasSize(2);
		assertThat(kept).flatExtracting(sent -> sent.answers().stream().map(ViewsHistory.SentAnswer::text).toList())
			.containsExactlyInAnyOrder("We moved house.", "We moved house in May.");
	}

	@Test
	void a_draft_is_still_there_for_its_author_29_days_after_it_was_saved() {
		signIn.as(kase.subject("ann"));
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.OUR_HOPES, "A job with animals.", ViewSet.NEW);
		signIn.signOut();

		clock.moveOn(Duration.ofDays(29));

		signIn.as(kase.subject("ann"));
		assertThat(views.open(kase.id(), ViewKind.PARENT_CARER).answers().get(Question.OUR_HOPES).text())
			.isEqualTo("A job with animals.");
	}

}
