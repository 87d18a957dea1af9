package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.draftplan.DraftPlanComments;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A court order or safeguarding concern restricts a named person, recorded by the case's
 * co-ordinator or held in the LA's case record: no access at all, or named details left
 * out of what the service returns. On a case of its own: two parents (Ann and Ben), an
 * advocate, and the team's co-ordinator.
 */
@IntegrationTest
@RecordApplicationEvents
class RestrictionsIntegrationTest {

	@Autowired
	CaseRecordService cases;

	@Autowired
	RestrictionService restrictions;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	TestSignIn signIn;

	@Autowired
	ApplicationEvents events;

	CaseFixture kase;

	@BeforeEach
	void importTheCase() {
		kase = CaseFixture.create(
				importer, signIn, List.of(Member.of("ann", CaseRole.PARENT_CARER),
						Member.of("ben", CaseRole.PARENT_CARER), Member.of("advocate", CaseRole.ADVOCATE)),
				List.of("coordinator"));
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void a_parent_sees_the_address_school_and_contact_details_when_nobody_restricts_them() {
		signIn.as(kase.subject("ben"));
		var overview = cases.overview(kase.id());
		assertThat(overview.settingName()).isEqualTo(CaseFixture.SETTING);
		assertThat(overview.homeAddress()).isEqualTo(CaseFixture.ADDRESS);
		assertThat(overview.familyContact()).isEqualTo(CaseFixture.CONTACT);
		assertThat(overview.review().orElseThrow().meetingPlace()).contains(CaseFixture.SETTING);
	}

	@Test
	void the_co_ordinator_takes_a_parents_access_away_and_gives_it_back_by_lifting_it() {
		signIn.as(kase.subject("coordinator"));
		UUID restriction = restrictions.record(kase.id(), involvementOf("ben"), RestrictionReason.COURT_ORDER,
				RestrictionScope.noAccessAtAll());

		signIn.as(kase.subject("ben"));
		assertThat(cases.myCases()).extracting(CaseSummary::id).doesNotContain(kase.id());
		assertThatThrownBy(() -> cases.overview(kase.id())).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> cases.context(kase.id())).isInstanceOf(CaseNotFoundException.class);
		signIn.as(kase.subject("ann"));
		assertThat(cases.overview(kase.id()).myRole()).isEqualTo(CaseRole.PARENT_CARER);

		signIn.as(kase.subject("coordinator"));
		var recorded = restrictions.of(kase.id()).restrictions().getFirst();
		assertThat(recorded.personName()).isEqualTo(kase.displayName("ben"));
		assertThat(recorded.reason()).isEqualTo(RestrictionReason.COURT_ORDER);
		assertThat(recorded.source()).isEqualTo(Restriction.Source.PORTAL);
		assertThat(recorded.recordedBy()).isEqualTo(kase.displayName("coordinator"));
		assertThat(recorded.active()).isTrue();
		restrictions.lift(kase.id(), restriction);
		assertThat(restrictions.of(kase.id()).restrictions().getFirst().liftedBy())
			.contains(kase.displayName("coordinator"));

		signIn.as(kase.subject("ben"));
		assertThat(cases.myCases()).extracting(CaseSummary::id).contains(kase.id());
		assertThat(cases.overview(kase.id()).settingName()).isEqualTo(CaseFixture.SETTING);

		var changes = events.stream(AccessChanged.class).filter(e -> e.caseId().equals(kase.id())).toList();
		assertThat(changes).extracting(AccessChanged::kind)
			.containsExactly(AccessChanged.Kind.RESTRICTION_RECORDED, AccessChanged.Kind.RESTRICTION_LIFTED);
		assertThat(changes.getFirst().person()).contains(kase.person("ben").value());
		assertThat(changes.getFirst().involvementLaId()).contains(kase.involvementLaId("ben"));
		assertThat(changes.getFirst().detail()).contains("COURT_ORDER:NO_ACCESS");
		assertThat(changes.getFirst().by()).isEqualTo(kase.person("coordinator").value());
	}

	@Test
	void hidden_details_are_absent_from_what_the_service_returns_not_just_from_the_page() {
		signIn.as(kase.subject("coordinator"));
		restrictions.record(kase.id(), involvementOf("ben"), RestrictionReason.SAFEGUARDING,
				RestrictionScope.hiding(Set.of(RestrictedField.ADDRESS, RestrictedField.SETTING)));

		signIn.as(kase.subject("ben"));
		var overview = cases.overview(kase.id());
		assertThat(overview.homeAddress()).isNull();
		assertThat(overview.settingName()).isNull();
		// The meeting is at the school: its place would give the school away
		assertThat(overview.review().orElseThrow().meetingPlace()).isEmpty();
		assertThat(overview.familyContact()).isEqualTo(CaseFixture.CONTACT);
		assertThat(overview.toString()).doesNotContain(CaseFixture.SETTING).doesNotContain(CaseFixture.ADDRESS);
		assertThat(cases.myCases()).filteredOn(summary -> summary.id().equals(kase.id()))
			.singleElement()
			.extracting(CaseSummary::settingName)
			.isNull();

		signIn.as(kase.subject("ann"));
		assertThat(cases.overview(kase.id()).homeAddress()).isEqualTo(CaseFixture.ADDRESS);
	}

	@Test
	void a_parent_whose_school_is_withheld_is_told_the_draft_plans_section_i_is_not_shown_on_the_page_and_in_the_pdf()
			throws Exception {
		var withDraft = CaseFixture.create(importer, signIn,
				List.of(Member.of("ann", CaseRole.PARENT_CARER), Member.of("ben", CaseRole.PARENT_CARER)),
				List.of("coordinator"), LocalDate.now().minusYears(9), true);
		withDraft.laRecords(withDraft.laRestriction("SCHOOL", 1, "ben", RestrictionReason.SAFEGUARDING,
				RestrictionScope.hiding(Set.of(RestrictedField.SETTING)), null));

		signIn.as(withDraft.subject("ben"));
		var plan = comments.open(withDraft.id()).plan();
		assertThat(plan.withholds("I")).isTrue();
		assertThat(plan.section("I")).isEmpty();
		assertThat(plan.toString()).doesNotContain(CaseFixture.SETTING);
		try (var document = Loader.loadPDF(comments.pdf(withDraft.id()))) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("This part of the plan is not shown to you.").doesNotContain(CaseFixture.SETTING);
		}

		signIn.as(withDraft.subject("ann"));
		assertThat(comments.open(withDraft.id()).plan().section("I")).contains(CaseFixture.SETTING);
	}

	@Test
	void one_parent_can_never_restrict_another_nor_see_or_lift_restrictions() {
		signIn.as(kase.subject("coordinator"));
		UUID bens = involvementOf("ben");
		UUID existing = restrictions.record(kase.id(), involvementOf("advocate"), RestrictionReason.SAFEGUARDING,
				RestrictionScope.hiding(Set.of(RestrictedField.CONTACT_DETAILS)));

		signIn.as(kase.subject("ann"));
		assertThatThrownBy(() -> restrictions.record(kase.id(), bens, RestrictionReason.COURT_ORDER,
				RestrictionScope.noAccessAtAll()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> restrictions.of(kase.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> restrictions.lift(kase.id(), existing)).isInstanceOf(AccessDeniedException.class);
		signIn.as(kase.subject("advocate"));
		assertThatThrownBy(() -> restrictions.lift(kase.id(), existing)).isInstanceOf(AccessDeniedException.class);

		signIn.as(kase.subject("ben"));
		assertThat(cases.overview(kase.id()).settingName()).isEqualTo(CaseFixture.SETTING);
		signIn.as(kase.subject("advocate"));
		assertThat(cases.overview(kase.id()).familyContact()).isNull();
	}

	@Test
	void a_restriction_in_the_las_record_applies_and_the_portal_cannot_lift_it() {
		kase.laRecords(kase.laRestriction("1", 1, "ben", RestrictionReason.COURT_ORDER,
				RestrictionScope.noAccessAtAll(), null));

		signIn.as(kase.subject("ben"));
		assertThatThrownBy(() -> cases.overview(kase.id())).isInstanceOf(CaseNotFoundException.class);

		signIn.as(kase.subject("coordinator"));
		var held = restrictions.of(kase.id()).restrictions().getFirst();
		assertThat(held.source()).isEqualTo(Restriction.Source.LA);
		assertThat(held.liftableHere()).isFalse();
		assertThatThrownBy(() -> restrictions.lift(kase.id(), held.id())).isInstanceOf(IllegalStateException.class);

		signIn.as(kase.subject("ben"));
		assertThatThrownBy(() -> cases.overview(kase.id())).isInstanceOf(CaseNotFoundException.class);

		// Lifted where it was recorded, in a newer version from the LA
		kase.laRecords(kase.laRestriction("1", 2, "ben", RestrictionReason.COURT_ORDER,
				RestrictionScope.noAccessAtAll(), LocalDate.now()));
		assertThat(cases.overview(kase.id()).myRole()).isEqualTo(CaseRole.PARENT_CARER);
	}

	@Test
	void the_stricter_wins_whichever_side_recorded_it_and_the_las_sync_never_undoes_the_portals() {
		kase.laRecords(kase.laRestriction("2", 1, "ben", RestrictionReason.SAFEGUARDING,
				RestrictionScope.hiding(Set.of(RestrictedField.ADDRESS)), null));
		signIn.as(kase.subject("coordinator"));
		UUID portals = restrictions.record(kase.id(), involvementOf("ben"), RestrictionReason.SAFEGUARDING,
				RestrictionScope.hiding(Set.of(RestrictedField.SETTING)));

		signIn.as(kase.subject("ben"));
		var overview = cases.overview(kase.id());
		assertThat(overview.homeAddress()).isNull();
		assertThat(overview.settingName()).isNull();

		// The LA lifts its own: the portal's still holds
		kase.laRecords(kase.laRestriction("2", 2, "ben", RestrictionReason.SAFEGUARDING,
				RestrictionScope.hiding(Set.of(RestrictedField.ADDRESS)), LocalDate.now()));
		overview = cases.overview(kase.id());
		assertThat(overview.homeAddress()).isEqualTo(CaseFixture.ADDRESS);
		assertThat(overview.settingName()).isNull();

		// An older copy of the LA's restriction does not bring it back
		kase.laRecords(kase.laRestriction("2", 1, "ben", RestrictionReason.SAFEGUARDING,
				RestrictionScope.hiding(Set.of(RestrictedField.ADDRESS)), null));
		assertThat(cases.overview(kase.id()).homeAddress()).isEqualTo(CaseFixture.ADDRESS);

		signIn.as(kase.subject("coordinator"));
		restrictions.lift(kase.id(), portals);
		signIn.as(kase.subject("ben"));
		assertThat(cases.overview(kase.id()).settingName()).isEqualTo(CaseFixture.SETTING);
	}

	@Test
	void a_co_ordinator_of_another_team_cannot_restrict_anyone_in_this_case() {
		var other = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)),
				List.of("coordinator"));
		signIn.as(kase.subject("coordinator"));
		UUID bens = involvementOf("ben");
		signIn.as(other.subject("coordinator"));
		assertThatThrownBy(() -> restrictions.record(kase.id(), bens, RestrictionReason.COURT_ORDER,
				RestrictionScope.noAccessAtAll()))
			.isInstanceOf(CaseNotFoundException.class);
		// Nor name someone from another case in their own
		assertThatThrownBy(() -> restrictions.record(other.id(), bens, RestrictionReason.COURT_ORDER,
				RestrictionScope.noAccessAtAll()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_restriction_is_either_no_access_or_hides_at_least_one_detail() {
		assertThatThrownBy(() -> RestrictionScope.hiding(Set.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RestrictionScope(true, Set.of(RestrictedField.ADDRESS)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** As the co-ordinator signed in now. */
	private UUID involvementOf(String key) {
		return restrictions.of(kase.id())
			.people()
			.stream()
			.filter(person -> person.name().equals(kase.displayName(key)))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
