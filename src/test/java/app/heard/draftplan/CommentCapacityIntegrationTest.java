package app.heard.draftplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.caserecord.CasePermission;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.LegalBasis;
import app.heard.caserecord.ParentAccess;
import app.heard.caserecord.YoungPersonDecision;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Capacity for the draft-plan comment decision, read where commenting is decided: a young
 * person past compulsory school age whom the co-ordinator records as lacking capacity to
 * comment does not comment, and the named person does — for that decision only.
 */
@IntegrationTest
class CommentCapacityIntegrationTest {

	@Autowired
	DraftPlanComments comments;

	@Autowired
	CaseRecordService cases;

	@Autowired
	YoungPersonHandover handover;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	CaseFixture kase;

	UUID dad;

	@BeforeEach
	void aSeventeenYearOldsCaseWithADraftPlan() {
		kase = CaseFixture.create(importer, signIn,
				List.of(Member.of("young-person", CaseRole.YOUNG_PERSON), Member.of("dad", CaseRole.PARENT_CARER)),
				List.of("coordinator"), LocalDate.now().minusYears(17).minusMonths(1), true);
		// The young person decides: Dad may only see
		signIn.as(kase.subject("young-person"));
		dad = handover.choices(kase.id())
			.parents()
			.stream()
			.filter(parent -> parent.name().equals(kase.displayName("dad")))
			.findFirst()
			.orElseThrow()
			.parent();
		handover.choose(kase.id(), dad, ParentAccess.SEE_ONLY);
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void without_a_capacity_record_the_young_person_comments_and_a_see_only_parent_does_not() {
		signIn.as(kase.subject("young-person"));
		assertThat(comments.open(kase.id()).mayComment()).isTrue();
		signIn.as(kase.subject("dad"));
		assertThat(comments.open(kase.id()).mayComment()).isFalse();
	}

	@Test
	void a_young_person_who_lacks_capacity_to_comment_is_refused_and_the_named_person_comments_for_that_decision_only() {
		signIn.as(kase.subject("coordinator"));
		handover.recordLackOfCapacity(kase.id(), YoungPersonDecision.COMMENT_ON_DRAFT_PLAN, dad, LegalBasis.PARENT);

		signIn.as(kase.subject("young-person"));
		assertThat(comments.open(kase.id()).mayComment()).isFalse();
		assertThatThrownBy(() -> comments.save(kase.id(), Target.section("A"), "My words.", DraftPlanComments.NEW))
			.isInstanceOf(AccessDeniedException.class);
		// Every other decision stays theirs
		assertThat(cases.context(kase.id()).permissions()).contains(CasePermission.VIEW, CasePermission.RECORD);
		assertThat(handover.iDecideWhoCanSee(kase.id())).isTrue();

		signIn.as(kase.subject("dad"));
		assertThat(comments.open(kase.id()).mayComment()).isTrue();
		comments.save(kase.id(), Target.section("A"), "Sam would say the bus is the best part.", DraftPlanComments.NEW);
		assertThat(comments.submit(kase.id())).isPresent();
		// Otherwise still see only, as the young person chose
		assertThat(cases.context(kase.id()).permissions()).doesNotContain(CasePermission.RECORD);
		assertThat(handover.iDecideWhoCanSee(kase.id())).isFalse();
	}

}
