package app.heard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.PersonId;
import app.heard.identity.internal.TestSignIn;
import app.heard.views.SubmittedViewsService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reads of a child's case leave an event each, in the reader's role and, for an advocate
 * or DiAS worker, on the family's behalf.
 */
@IntegrationTest
class CaseReadsAuditIntegrationTest {

	@Autowired
	CaseRecordService cases;

	@Autowired
	SubmittedViewsService submitted;

	@Autowired
	AuditLog log;

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
	void a_dias_worker_opening_the_case_is_recorded_as_acting_for_the_family() {
		PersonId sam = signIn.as("dias").id();
		cases.overview(ellie);

		assertThat(latest(ellie, sam)).satisfies(event -> {
			assertThat(event.action()).isEqualTo("VIEW");
			assertThat(event.resource()).isEqualTo("case");
			assertThat(event.role()).contains("DIAS_WORKER");
			assertThat(event.onBehalfOf()).contains("family");
		});
	}

	@Test
	void the_list_of_cases_is_a_read_of_each_child_listed_and_only_those() {
		PersonId alex = signIn.as("coordinator").id();
		cases.myCases();
		assertThat(latest(ellie, alex)).satisfies(event -> {
			assertThat(event.action()).isEqualTo("LIST");
			assertThat(event.role()).contains("CASE_COORDINATOR");
			assertThat(event.onBehalfOf()).isEmpty();
		});
		assertThat(latest(riley, alex).action()).isEqualTo("LIST");

		PersonId priya = signIn.as("advocate").id();
		cases.myCases();
		assertThat(log.forCase(riley.value())).noneMatch(event -> event.person().equals(java.util.Optional.of(priya)));
	}

	@Test
	void a_parent_reading_what_others_sent_is_recorded_in_their_own_role() {
		PersonId casey = signIn.as("parent2").id();
		submitted.sentByOthers(ellie);
		assertThat(latest(ellie, casey)).satisfies(event -> {
			assertThat(event.action()).isEqualTo("LIST");
			assertThat(event.resource()).isEqualTo("submissions");
			assertThat(event.role()).contains("PARENT_CARER");
			assertThat(event.outcome()).isEqualTo("ALLOWED");
		});
	}

	private RecordedEvent latest(CaseId caseId, PersonId person) {
		List<RecordedEvent> theirs = log.forCase(caseId.value())
			.stream()
			.filter(event -> event.person().equals(java.util.Optional.of(person)))
			.toList();
		assertThat(theirs).isNotEmpty();
		return theirs.get(theirs.size() - 1);
	}

}
