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
 * ignored.
 */
@IntegrationTest
class CaseRecordImportIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	CaseRecordService cases;

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
				List.of(), List.of(), List.of(new Involvement(la + "-INV", 1, "A parent", CaseRole.PARENT_CARER,
						LocalDate.of(2020, 1, 1), null)));
	}

}
