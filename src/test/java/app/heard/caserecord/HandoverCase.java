package app.heard.caserecord;

import app.heard.caserecord.CaseSnapshot.Child;
import app.heard.caserecord.CaseSnapshot.Involvement;
import app.heard.caserecord.CaseSnapshot.Review;
import app.heard.caserecord.CaseSnapshot.Team;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case of its own for the handover tests, through the LA's import path: a young person
 * born on a given day, two parents (Mum and Dad), a review collecting views, and a team
 * with its own co-ordinator. Every id and account is new, so no other test sees it and
 * the demo case is left alone.
 *
 * @param youngPerson, mum, dad, coordinator the accounts' subjects on the embedded
 * provider
 */
public record HandoverCase(CaseId id, String childName, String youngPerson, String mum, String dad,
		String coordinator) {

	public static HandoverCase bornOn(LocalDate dateOfBirth, CaseRecordImporter importer, TestSignIn signIn) {
		return create(dateOfBirth, true, importer, signIn);
	}

	/** The young person is in the LA's record but has not signed in to the portal. */
	public static HandoverCase withoutOwnLogin(LocalDate dateOfBirth, CaseRecordImporter importer, TestSignIn signIn) {
		return create(dateOfBirth, false, importer, signIn);
	}

	private static HandoverCase create(LocalDate dateOfBirth, boolean linkYoungPerson, CaseRecordImporter importer,
			TestSignIn signIn) {
		String key = UUID.randomUUID().toString().substring(0, 8);
		String childName = "Sky " + key;
		var team = new Team("HO-TEAM-" + key, 1, "Handover team " + key);
		LocalDate today = LocalDate.now();
		var review = new Review("HO-REV-" + key, 1, ReviewStage.VIEWS, today.plusWeeks(5).atTime(10, 0), "College",
				today.plusWeeks(3), null, null, null);
		var snapshot = new CaseSnapshot("HO-CASE-" + key, 1, "EHC-HO-" + key, team, new Child("HO-CHILD-" + key,
				childName, "Rowe", null, dateOfBirth, "Year 12", "Riverside College", "200" + key), List.of(),
				List.of(review),
				List.of(involvement("HO-INV-YP-" + key, childName + " Rowe", CaseRole.YOUNG_PERSON, today),
						involvement("HO-INV-MUM-" + key, "Mum " + key, CaseRole.PARENT_CARER, today.minusYears(10)),
						involvement("HO-INV-DAD-" + key, "Dad " + key, CaseRole.PARENT_CARER, today.minusYears(10))));
		var id = importer.apply(snapshot);
		var kase = new HandoverCase(id, childName, "ho-yp-" + key, "ho-mum-" + key, "ho-dad-" + key, "ho-co-" + key);
		if (linkYoungPerson) {
			importer.linkPerson("HO-INV-YP-" + key, signIn.as(kase.youngPerson()).id());
		}
		importer.linkPerson("HO-INV-MUM-" + key, signIn.as(kase.mum()).id());
		importer.linkPerson("HO-INV-DAD-" + key, signIn.as(kase.dad()).id());
		importer.addTeamMember(team.laId(), signIn.as(kase.coordinator()).id());
		signIn.signOut();
		return kase;
	}

	/**
	 * Born 17 years and a month ago: past compulsory school age whatever today is.
	 */
	public static HandoverCase pastSchoolAge(CaseRecordImporter importer, TestSignIn signIn) {
		return bornOn(LocalDate.now().minusYears(17).minusMonths(1), importer, signIn);
	}

	private static Involvement involvement(String laId, String name, CaseRole role, LocalDate since) {
		return new Involvement(laId, 1, name, role, since, null);
	}

}
