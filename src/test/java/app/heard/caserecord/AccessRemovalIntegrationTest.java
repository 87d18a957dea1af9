package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.IntegrationTest;
import app.heard.TestCases;
import app.heard.TestCases.TestCase;
import app.heard.caserecord.CaseAccessService.Access;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Ending someone's access: the co-ordinator anyone's, the family their advocate's, one
 * parent never another's. It takes effect on the person's very next request.
 */
@IntegrationTest
@RecordApplicationEvents
class AccessRemovalIntegrationTest {

	@Autowired
	CaseAccessService access;

	@Autowired
	CaseRecordService cases;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	ApplicationEvents events;

	TestCase kim;

	@BeforeEach
	void aCaseOfOurOwn() {
		kim = TestCases.create(importer, signIn, "Kim", LocalDate.now().minusYears(11));
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void the_co_ordinator_removes_an_advocate_who_then_has_no_case_at_once() {
		signIn.as(kim.advocate());
		assertThat(cases.myCases()).extracting(CaseSummary::id).containsExactly(kim.id());

		signIn.as(kim.coordinator());
		Access advocate = entry("Advocate of Kim");
		assertThat(advocate.youMayEnd()).isTrue();
		access.endAccess(kim.id(), advocate.involvementId());
		assertThat(access.whoHasAccess(kim.id())).extracting(Access::displayName).doesNotContain("Advocate of Kim");

		signIn.as(kim.advocate());
		assertThat(cases.myCases()).isEmpty();
		assertThatThrownBy(() -> cases.overview(kim.id())).isInstanceOf(CaseNotFoundException.class);
		assertThat(events.stream(AccessChanged.class)).anyMatch(e -> e.kind() == AccessChanged.Kind.ACCESS_REMOVED
				&& e.role() == CaseRole.ADVOCATE && e.caseId().equals(kim.id()));
	}

	@Test
	void a_parent_ends_their_advocates_access_but_never_the_other_parents() {
		signIn.as(kim.parents().getFirst());
		Access otherParent = entry("Parent B Kim");
		assertThat(otherParent.youMayEnd()).isFalse();
		assertThat(entry("Parent A Kim").you()).isTrue();
		assertThat(entry("Parent A Kim").youMayEnd()).isFalse();
		assertThatThrownBy(() -> access.endAccess(kim.id(), otherParent.involvementId()))
			.isInstanceOf(AccessDeniedException.class);

		Access advocate = entry("Advocate of Kim");
		assertThat(advocate.youMayEnd()).isTrue();
		access.endAccess(kim.id(), advocate.involvementId());
		assertThat(events.stream(AccessChanged.class))
			.anyMatch(e -> e.kind() == AccessChanged.Kind.ACCESS_ENDED_BY_FAMILY && e.caseId().equals(kim.id()));

		signIn.as(kim.parents().get(1));
		assertThat(cases.overview(kim.id()).myRole()).isEqualTo(CaseRole.PARENT_CARER);
		signIn.as(kim.advocate());
		assertThat(cases.myCases()).isEmpty();
	}

	@Test
	void an_advocate_cannot_end_a_parents_access_and_a_stranger_sees_no_case() {
		signIn.as(kim.advocate());
		Access parent = entry("Parent A Kim");
		assertThat(parent.youMayEnd()).isFalse();
		assertThatThrownBy(() -> access.endAccess(kim.id(), parent.involvementId()))
			.isInstanceOf(AccessDeniedException.class);

		signIn.as("stranger-" + UUID.randomUUID());
		assertThatThrownBy(() -> access.whoHasAccess(kim.id())).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> access.endAccess(kim.id(), parent.involvementId()))
			.isInstanceOf(CaseNotFoundException.class);

		signIn.as(kim.coordinator());
		assertThat(entry("Parent A Kim").youMayEnd()).isTrue();
	}

	private Access entry(String name) {
		return access.whoHasAccess(kim.id())
			.stream()
			.filter(a -> a.displayName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
