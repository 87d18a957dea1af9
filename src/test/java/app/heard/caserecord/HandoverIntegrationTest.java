package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.YoungPersonHandover.ParentChoice;
import app.heard.identity.internal.TestSignIn;
import app.heard.upload.Tus;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The handover to a young person past compulsory school age, on a case of its own: what
 * they choose for each parent is kept and published, and the parent's real requests get
 * only what was chosen.
 */
@IntegrationTest
@RecordApplicationEvents
class HandoverIntegrationTest {

	@Autowired
	YoungPersonHandover handover;

	@Autowired
	CaseRecordService cases;

	@Autowired
	ViewsService views;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	HandoverCase kase;

	@BeforeEach
	void aCaseOfItsOwn() {
		kase = HandoverCase.pastSchoolAge(importer, signIn);
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void the_young_person_is_asked_about_each_parent_until_every_one_is_chosen() {
		signIn.as(kase.youngPerson());
		assertThat(handover.waitingForMe()).contains(kase.id());
		var choices = handover.choices(kase.id());
		assertThat(choices.forYoungPerson()).isEmpty();
		assertThat(choices.parents()).extracting(ParentChoice::name)
			.containsExactlyInAnyOrder("Mum " + key(), "Dad " + key());
		assertThat(choices.parents()).allMatch(parent -> parent.access().isEmpty());

		handover.choose(kase.id(), parent("Mum"), ParentAccess.SEE_ONLY);
		assertThat(handover.waitingForMe()).contains(kase.id());
		handover.choose(kase.id(), parent("Dad"), ParentAccess.ACT_FOR_ME);
		assertThat(handover.waitingForMe()).isEmpty();
	}

	@Test
	void each_choice_is_kept_with_who_made_it_and_when_and_published_for_the_la() {
		signIn.as(kase.youngPerson());
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		handover.choose(kase.id(), parent("Mum"), ParentAccess.NONE);
		handover.choose(kase.id(), parent("Mum"), ParentAccess.SEE_AND_COMMENT);

		var mum = handover.choices(kase.id()).parent(parent("Mum")).orElseThrow();
		assertThat(mum.access()).contains(ParentAccess.SEE_AND_COMMENT);
		assertThat(mum.chosenBy()).contains(kase.youngPerson());
		assertThat(mum.chosenAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(before));
		assertThat(events.stream(AccessChanged.class)
			.filter(e -> e.caseId().equals(kase.id()) && e.kind() == AccessChanged.Kind.HANDOVER_CHOICE)
			.map(e -> e.detail().orElseThrow())).containsExactly("NONE", "SEE_AND_COMMENT");
	}

	@Test
	void a_parent_whose_access_was_withdrawn_no_longer_sees_the_case_nor_gets_their_requests_through()
			throws Exception {
		var mumsPortal = new Tus(SignedInHttp.as(kase.mum(), port));
		assertThat(Tus.location(mumsPortal.create(kase.id(), "our-views", "our-hopes", 1000))).isNotBlank();

		signIn.as(kase.youngPerson());
		handover.choose(kase.id(), parent("Mum"), ParentAccess.NONE);

		// The same open session, on its next request
		assertThat(mumsPortal.create(kase.id(), "our-views", "our-hopes", 1000).statusCode()).isEqualTo(404);
		signIn.as(kase.mum());
		assertThat(cases.myCases()).extracting(CaseSummary::id).doesNotContain(kase.id());
		assertThatThrownBy(() -> cases.overview(kase.id())).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> views.open(kase.id(), ViewKind.PARENT_CARER))
			.isInstanceOf(CaseNotFoundException.class);

		signIn.as(kase.dad());
		assertThat(cases.overview(kase.id()).whoCanSee()).extracting(CaseOverview.PersonWithAccess::displayName)
			.doesNotContain("Mum " + key())
			.contains("Dad " + key());
	}

	@Test
	void a_see_only_parent_can_read_the_case_but_not_record_or_send_views() throws Exception {
		signIn.as(kase.youngPerson());
		handover.choose(kase.id(), parent("Mum"), ParentAccess.SEE_ONLY);

		signIn.as(kase.mum());
		assertThat(cases.overview(kase.id()).childName()).isEqualTo(kase.childName());
		assertThat(cases.context(kase.id()).permissions()).containsExactly(CasePermission.VIEW);
		assertThatThrownBy(() -> views.open(kase.id(), ViewKind.PARENT_CARER))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> views.open(kase.id(), ViewKind.ABOUT_ME)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> views.submit(kase.id(), ViewKind.PARENT_CARER))
			.isInstanceOf(AccessDeniedException.class);
		var mumsPortal = new Tus(SignedInHttp.as(kase.mum(), port));
		assertThat(mumsPortal.create(kase.id(), "about-me", "my-hopes", 1000).statusCode()).isEqualTo(403);
	}

	@Test
	void see_and_comment_may_comment_but_not_record_and_act_for_me_keeps_everything() throws Exception {
		signIn.as(kase.youngPerson());
		handover.choose(kase.id(), parent("Mum"), ParentAccess.SEE_AND_COMMENT);
		handover.choose(kase.id(), parent("Dad"), ParentAccess.ACT_FOR_ME);

		signIn.as(kase.mum());
		assertThat(cases.context(kase.id()).permissions()).containsExactlyInAnyOrder(CasePermission.VIEW,
				CasePermission.COMMENT);
		assertThatThrownBy(() -> views.open(kase.id(), ViewKind.PARENT_CARER))
			.isInstanceOf(AccessDeniedException.class);

		signIn.as(kase.dad());
		assertThat(cases.context(kase.id()).permissions()).containsExactlyInAnyOrder(CasePermission.values());
		assertThat(views.open(kase.id(), ViewKind.PARENT_CARER).kind()).isEqualTo(ViewKind.PARENT_CARER);
		var dadsPortal = new Tus(SignedInHttp.as(kase.dad(), port));
		assertThat(Tus.location(dadsPortal.create(kase.id(), "about-me", "my-hopes", 1000))).isNotBlank();
	}

	@Test
	void the_young_person_decides_only_from_the_end_of_compulsory_school_age() {
		// 16 since the first day of this school year: still of compulsory school age
		// until
		// June, unless this is the summer after it
		LocalDate today = LocalDate.now();
		LocalDate schoolYearStarted = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1,
				9, 1);
		LocalDate born = schoolYearStarted.minusYears(16);
		var sixteen = HandoverCase.bornOn(born, importer, signIn);
		boolean over = !today.isBefore(LocalDate.of(schoolYearStarted.getYear() + 1, 6, 30)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)));

		signIn.as(sixteen.youngPerson());
		assertThat(cases.context(sixteen.id()).myRole()).isEqualTo(CaseRole.YOUNG_PERSON);
		assertThat(handover.iDecideWhoCanSee(sixteen.id())).isEqualTo(over);
		assertThat(handover.waitingForMe()).isEqualTo(over ? Optional.of(sixteen.id()) : Optional.empty());
		if (!over) {
			assertThatThrownBy(() -> handover.choices(sixteen.id())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> handover.choose(sixteen.id(), UUID.randomUUID(), ParentAccess.NONE))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void a_young_person_under_16_gets_nothing_from_their_involvement_and_is_told_why() {
		var fifteen = HandoverCase.bornOn(LocalDate.now().minusYears(15), importer, signIn);
		signIn.as(fifteen.youngPerson());
		assertThat(cases.myCases()).isEmpty();
		assertThatThrownBy(() -> cases.context(fifteen.id())).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> views.open(fifteen.id(), ViewKind.ABOUT_ME)).isInstanceOf(CaseNotFoundException.class);
		assertThat(handover.tooYoungForOwnLogin()).isTrue();

		signIn.as(kase.youngPerson());
		assertThat(handover.tooYoungForOwnLogin()).isFalse();
		signIn.as(fifteen.mum());
		assertThat(cases.overview(fifteen.id()).whoCanSee()).extracting(CaseOverview.PersonWithAccess::role)
			.doesNotContain(CaseRole.YOUNG_PERSON);
	}

	@Test
	void a_co_ordinator_is_prompted_to_offer_an_own_login_from_16_until_the_young_person_has_one() {
		LocalDate sixteenToday = LocalDate.now().minusYears(16);
		var noLoginYet = HandoverCase.withoutOwnLogin(sixteenToday, importer, signIn);
		var fifteen = HandoverCase.withoutOwnLogin(sixteenToday.plusDays(1), importer, signIn);

		signIn.as(noLoginYet.coordinator());
		assertThat(handover.ownLoginsToOffer()).containsExactly(Map.entry(noLoginYet.id(), LocalDate.now()));
		signIn.as(fifteen.coordinator());
		assertThat(handover.ownLoginsToOffer()).isEmpty();
		signIn.as(kase.coordinator());
		assertThat(handover.ownLoginsToOffer()).isEmpty();
		signIn.as(kase.mum());
		assertThat(handover.ownLoginsToOffer()).isEmpty();
	}

	@Test
	void where_the_young_person_lacks_capacity_to_decide_who_can_see_the_named_person_decides_that_alone() {
		signIn.as(kase.youngPerson());
		UUID mum = parent("Mum");
		UUID dad = parent("Dad");

		signIn.as(kase.coordinator());
		var people = handover.capacity(kase.id()).people();
		assertThat(people).extracting(YoungPersonHandover.Person::name)
			.containsExactlyInAnyOrder("Mum " + key(), "Dad " + key());
		handover.recordLackOfCapacity(kase.id(), YoungPersonDecision.WHO_CAN_SEE, dad, LegalBasis.PARENT);
		var record = handover.capacity(kase.id()).records().getFirst();
		assertThat(record.alternative()).isEqualTo("Dad " + key());
		assertThat(record.basis()).isEqualTo(LegalBasis.PARENT);
		assertThat(record.recordedBy()).isEqualTo(kase.coordinator());
		assertThat(events.stream(AccessChanged.class)
			.filter(e -> e.caseId().equals(kase.id()) && e.kind() == AccessChanged.Kind.CAPACITY_RECORDED))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).contains("WHO_CAN_SEE:PARENT"));

		signIn.as(kase.youngPerson());
		assertThat(handover.waitingForMe()).isEmpty();
		assertThat(handover.iDecideWhoCanSee(kase.id())).isFalse();
		assertThatThrownBy(() -> handover.choose(kase.id(), mum, ParentAccess.NONE))
			.isInstanceOf(AccessDeniedException.class);

		signIn.as(kase.dad());
		assertThat(handover.iDecideWhoCanSee(kase.id())).isTrue();
		var choices = handover.choices(kase.id());
		assertThat(choices.forYoungPerson()).contains(kase.childName());
		assertThat(choices.parents()).extracting(ParentChoice::parent).containsExactly(mum);
		handover.choose(kase.id(), mum, ParentAccess.SEE_ONLY);
		assertThat(handover.choices(kase.id()).parent(mum).orElseThrow().chosenBy()).contains(kase.dad());
		// For that decision only: Dad is still a parent in the case, and records nothing
		// else
		assertThat(cases.context(kase.id()).myRole()).isEqualTo(CaseRole.PARENT_CARER);
		assertThatThrownBy(() -> handover.capacity(kase.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> handover.recordLackOfCapacity(kase.id(), YoungPersonDecision.COMMENT_ON_DRAFT_PLAN,
				dad, LegalBasis.PARENT))
			.isInstanceOf(AccessDeniedException.class);

		signIn.as(kase.mum());
		assertThat(cases.context(kase.id()).permissions()).containsExactly(CasePermission.VIEW);
	}

	@Test
	void capacity_is_recorded_only_for_someone_else_involved_in_the_case() {
		signIn.as(kase.coordinator());
		assertThatThrownBy(() -> handover.recordLackOfCapacity(kase.id(), YoungPersonDecision.WHO_CAN_SEE,
				UUID.randomUUID(), LegalBasis.DEPUTY))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(handover.capacity(kase.id()).records()).isEmpty();
		signIn.as(kase.youngPerson());
		assertThatThrownBy(() -> handover.capacity(kase.id())).isInstanceOf(AccessDeniedException.class);
	}

	private UUID parent(String who) {
		return handover.choices(kase.id())
			.parents()
			.stream()
			.filter(p -> p.name().startsWith(who + " "))
			.findFirst()
			.orElseThrow()
			.parent();
	}

	private String key() {
		return kase.youngPerson().substring("ho-yp-".length());
	}

}
