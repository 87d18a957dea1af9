package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.identity.internal.TestSignIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Nobody reaches a child's case they are not linked to: not through the service, not by
 * URL, not by guessing ids. Runs against the demo cases: Ellie (parents Jordan and Casey,
 * advocate Priya, DiAS worker Sam) and Riley (Riley himself, 16, and Jordan); Alex
 * co-ordinates both for the North SEND team.
 */
@IntegrationTest
class CaseAccessIntegrationTest {

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@LocalServerPort
	int port;

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
	void a_parent_sees_both_children_and_each_case_page() {
		signInAs("parent");
		assertThat(cases.myCases()).extracting(CaseSummary::childName).containsExactlyInAnyOrder("Ellie", "Riley");
		var overview = cases.overview(ellie);
		assertThat(overview.settingName()).isEqualTo("Greenhill Primary School");
		assertThat(overview.needs()).as("the demo LA's SEN2 codes").containsExactly(SenType.SPLD, SenType.SEMH);
		assertThat(overview.myRole()).isEqualTo(CaseRole.PARENT_CARER);
		assertThat(overview.whoCanSee()).extracting(CaseOverview.PersonWithAccess::displayName)
			.contains("Jordan Taylor", "Casey Morgan", "Priya Shah", "Sam Okafor");
	}

	@Test
	void an_advocate_for_one_family_cannot_open_another_childs_case() {
		signInAs("advocate");
		assertThat(cases.myCases()).extracting(CaseSummary::childName).containsExactly("Ellie");
		assertThatThrownBy(() -> cases.overview(riley)).isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void an_unrelated_person_has_no_cases_and_cannot_open_any() {
		signInAs("someone-else-" + UUID.randomUUID());
		assertThat(cases.myCases()).isEmpty();
		assertThatThrownBy(() -> cases.overview(ellie)).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> cases.overview(riley)).isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void a_guessed_case_id_is_simply_not_found() {
		signInAs("parent");
		assertThatThrownBy(() -> cases.overview(new CaseId(UUID.randomUUID())))
			.isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void a_co_ordinator_sees_every_case_of_their_team() {
		signInAs("coordinator");
		assertThat(cases.myCases()).extracting(CaseSummary::myRole).containsOnly(CaseRole.CASE_COORDINATOR);
		assertThat(cases.overview(riley).myRole()).isEqualTo(CaseRole.CASE_COORDINATOR);
	}

	@Test
	void nobody_signed_in_gets_nothing_from_the_service() {
		signIn.signOut();
		assertThatThrownBy(() -> cases.myCases()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> cases.overview(ellie)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void by_url_someone_not_signed_in_is_sent_to_sign_in_and_sees_no_case() throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		var response = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/children/" + ellie))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/oauth2/authorization/heard");
	}

	private void signInAs(String subject) {
		signIn.as(subject);
	}

}
