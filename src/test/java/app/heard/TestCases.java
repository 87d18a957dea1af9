package app.heard;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.CaseSnapshot.Child;
import app.heard.caserecord.CaseSnapshot.Involvement;
import app.heard.caserecord.CaseSnapshot.Plan;
import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.CaseSnapshot.Review;
import app.heard.caserecord.CaseSnapshot.Team;
import app.heard.caserecord.ReviewStage;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case of a test's own, through the same import the LA sync uses, with its own team and
 * people, so that tests can change who has access without other tests noticing. Each
 * person is an account of the embedded identity provider (a subject), signed in by
 * {@link TestSignIn}.
 */
public final class TestCases {

	private TestCases() {
	}

	/**
	 * @param coordinator the subject of the team's co-ordinator
	 * @param parents the subjects of its two parents
	 * @param advocate the subject of its advocate
	 */
	public record TestCase(CaseId id, String childName, String coordinator, List<String> parents, String advocate) {
	}

	/**
	 * A child with a plan issued 11 months ago and a review gathering views (due in two
	 * weeks), two parents and an advocate, all linked, and a co-ordinator of its own
	 * team.
	 */
	public static TestCase create(CaseRecordImporter importer, TestSignIn signIn, String childName,
			LocalDate dateOfBirth) {
		return create(importer, signIn, childName, dateOfBirth, "advocate-" + UUID.randomUUID());
	}

	/** The same, with an advocate who may also support other families. */
	public static TestCase create(CaseRecordImporter importer, TestSignIn signIn, String childName,
			LocalDate dateOfBirth, String advocate) {
		String key = UUID.randomUUID().toString();
		var team = new Team("TEST-TEAM-" + key, 1, "Test SEND team");
		String coordinator = "coordinator-" + key;
		List<String> parents = List.of("parent-a-" + key, "parent-b-" + key);
		var people = new ArrayList<Involvement>();
		LocalDate today = LocalDate.now();
		people.add(new Involvement("TEST-INV-PA-" + key, 1, "Parent A " + childName, CaseRole.PARENT_CARER,
				today.minusYears(1), null));
		people.add(new Involvement("TEST-INV-PB-" + key, 1, "Parent B " + childName, CaseRole.PARENT_CARER,
				today.minusYears(1), null));
		people.add(new Involvement("TEST-INV-AD-" + key, 1, "Advocate of " + childName, CaseRole.ADVOCATE,
				today.minusMonths(1), null));
		var review = new Review("TEST-REV-" + key, 1, ReviewStage.VIEWS, today.plusWeeks(4).atTime(10, 0),
				"Test School", today.plusWeeks(2), null, null, null);
		CaseId id = importer.apply(new CaseSnapshot("TEST-CASE-" + key, 1, "EHC-TEST", team,
				new Child("TEST-CHILD-" + key, childName, "Tester", null, dateOfBirth, "Year 5", "Test School", "1"),
				List.of(new Plan("TEST-PLAN-" + key, 1, PlanKind.FINAL, null, today.minusMonths(11), null, Map.of(),
						List.of())),
				List.of(review), people));
		importer.linkPerson("TEST-INV-PA-" + key, signIn.as(parents.get(0)).id());
		importer.linkPerson("TEST-INV-PB-" + key, signIn.as(parents.get(1)).id());
		importer.linkPerson("TEST-INV-AD-" + key, signIn.as(advocate).id());
		importer.addTeamMember(team.laId(), signIn.as(coordinator).id());
		signIn.signOut();
		return new TestCase(id, childName, coordinator, parents, advocate);
	}

}
