package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.IntegrationTest;
import app.heard.caserecord.CaseSnapshot.Child;
import app.heard.caserecord.CaseSnapshot.Involvement;
import app.heard.caserecord.CaseSnapshot.Team;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mirror applies the LA's changes by version: newer wins, stale and repeated ones are
 * ignored; but a newer copy never gives back access the portal ended.
 */
@IntegrationTest
class CaseRecordImportIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	CaseRecordService cases;

	@Autowired
	CaseAccessService access;

	@Autowired
	TestSignIn signIn;

	private final String la = "TEST-" + UUID.randomUUID();

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void a_stale_or_repeated_version_never_overwrites_a_newer_one() {
		CaseId id = importer.apply(snapshot(2, "Oakwood School"));
		var parent = signIn.as("https://issuer.test", "parent-of-" + la);
		importer.linkPerson(la + "-INV", parent.id());

		assertThat(importer.apply(snapshot(1, "Stale School"))).isEqualTo(id);
		importer.apply(snapshot(2, "Repeated School"));
		assertThat(cases.overview(id).settingName()).isEqualTo("Oakwood School");

		importer.apply(snapshot(3, "Newer School"));
		assertThat(cases.overview(id).settingName()).isEqualTo("Newer School");
	}

	private CaseSnapshot snapshot(long version, String setting) {
		return new CaseSnapshot(la, version, "REF-1", new Team(la + "-TEAM", 1, "Test team"),
				new Child(la + "-CHILD", "Sam", "Lee", null, LocalDate.of(2015, 5, 1), "Year 6", setting, null),
				List.of(), List.of(), List.of(new Involvement(la + "-INV", version, "A parent", CaseRole.PARENT_CARER,
						LocalDate.of(2020, 1, 1), null)));
	}

	@Test
	void a_newer_copy_from_the_la_that_still_lists_a_removed_person_does_not_let_them_back() {
		CaseId id = importer.apply(snapshot(1, "Oakwood School"));
		var parent = signIn.as("https://issuer.test", "removed-parent-of-" + la);
		importer.linkPerson(la + "-INV", parent.id());
		var coordinator = signIn.as("https://issuer.test", "coordinator-of-" + la);
		importer.addTeamMember(la + "-TEAM", coordinator.id());
		var involvement = access.whoHasAccess(id)
			.stream()
			.filter(person -> person.displayName().equals("A parent"))
			.findFirst()
			.orElseThrow();
		access.endAccess(id, involvement.involvementId());

		importer.apply(snapshot(2, "Oakwood School"));

		signIn.as("https://issuer.test", "removed-parent-of-" + la);
		assertThat(cases.myCases()).isEmpty();
	}

}
