package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.RecordedAudit;
import app.heard.draftplan.DraftPlanComments;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One sign-in, two roles in two cases (decision 0006): the same person is a parent in
 * their own child's case and an advocate in another family's, and each case gives them
 * what that role gives there, never what the other does.
 */
@IntegrationTest
class OneSignInTwoRolesIntegrationTest {

	@Autowired
	CaseRecordService cases;

	@Autowired
	CaseAccessService access;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void a_parent_in_one_case_who_is_an_advocate_in_another_gets_each_roles_permissions_in_each_case() {
		var own = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)), List.of(),
				LocalDate.now().minusYears(9), true);
		var supported = CaseFixture.create(importer, signIn,
				List.of(Member.of("parent", CaseRole.PARENT_CARER),
						Member.neverSignedIn("advocate", CaseRole.ADVOCATE)),
				List.of(), LocalDate.now().minusYears(9), true);
		// The LA links the same sign-in to the other family's advocate involvement
		var person = own.person("parent");
		importer.linkPerson(supported.involvementLaId("advocate"), person);

		signIn.as(own.subject("parent"));
		assertThat(cases.myCases()).filteredOn(s -> s.id().equals(own.id()) || s.id().equals(supported.id()))
			.extracting(CaseSummary::id, CaseSummary::myRole)
			.containsExactlyInAnyOrder(tuple(own.id(), CaseRole.PARENT_CARER),
					tuple(supported.id(), CaseRole.ADVOCATE));

		var asParent = cases.context(own.id());
		assertThat(asParent.myRole()).isEqualTo(CaseRole.PARENT_CARER);
		assertThat(asParent.permissions()).containsExactlyInAnyOrder(CasePermission.values());
		assertThat(comments.open(own.id()).mayComment()).isTrue();

		var asAdvocate = cases.context(supported.id());
		assertThat(asAdvocate.myRole()).isEqualTo(CaseRole.ADVOCATE);
		assertThat(asAdvocate.permissions()).as("the family has not asked them to comment")
			.containsExactlyInAnyOrder(CasePermission.VIEW, CasePermission.RECORD);
		assertThat(comments.open(supported.id()).mayComment()).isFalse();
		// As an advocate they cannot end the family's own access, which a parent could
		var theFamilysParent = access.whoHasAccess(supported.id())
			.stream()
			.filter(p -> p.role() == CaseRole.PARENT_CARER)
			.findFirst()
			.orElseThrow();
		assertThat(theFamilysParent.youMayEnd()).isFalse();

		// Attributed per case: on the family's behalf only where they are the advocate
		var audit = new RecordedAudit(jdbc);
		long mark = audit.mark();
		comments.open(own.id());
		comments.open(supported.id());
		assertThat(audit.allowedSince(mark, person, own.id())).contains("VIEW draft-plan -");
		assertThat(audit.allowedSince(mark, person, supported.id())).contains("VIEW draft-plan family");
	}

}
