package app.heard.draftplan;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.CaseSnapshot.Child;
import app.heard.caserecord.CaseSnapshot.CommentResponse;
import app.heard.caserecord.CaseSnapshot.Involvement;
import app.heard.caserecord.CaseSnapshot.Outcome;
import app.heard.caserecord.CaseSnapshot.Plan;
import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.CaseSnapshot.Provision;
import app.heard.caserecord.CaseSnapshot.Team;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A child of this test's own, imported through the real import path with a draft plan
 * served two days ago, two parents, an advocate and a co-ordinator, each an account of
 * the embedded provider (so a browser can sign in as them). Nothing here touches the demo
 * cases other tests look at.
 */
final class DraftPlanCase {

	final String la = "DRAFT-" + UUID.randomUUID();

	final String firstParent = la + "-parent-1";

	final String secondParent = la + "-parent-2";

	final String advocate = la + "-advocate";

	final String coordinator = la + "-coordinator";

	final String outcome = la + "-OUT-1";

	final String provision = la + "-PROV-1";

	final CaseId id;

	final LocalDate servedOn;

	private final CaseRecordImporter importer;

	private final Team team;

	private final Child child;

	private Plan draft;

	private final List<Involvement> people;

	DraftPlanCase(CaseRecordImporter importer, TestSignIn signIn, LocalDate today) {
		this.importer = importer;
		this.servedOn = today.minusDays(2);
		team = new Team(la + "-TEAM", 1, "West SEND team");
		child = new Child(la + "-CHILD", "Amelia", "Stone", "Mia", today.minusYears(8), "Year 3", "Oak School", "9");
		draft = new Plan(la + "-PLAN", 1, PlanKind.DRAFT, 1, null, servedOn,
				Map.of("A", "Mia likes swimming and dinosaurs.", "B", "Mia has a speech and language disorder.", "F",
						"Speech and language therapy in school.", "I", "Oak School"),
				List.of(new Outcome(outcome, 1, "Communication and interaction",
						"Mia will ask for help in class using a short sentence.", null, "B",
						List.of("Practise asking with her therapist", "Ask once a day in class"),
						List.of(new Provision(provision, "F", "Speech and language therapy",
								"A speech and language therapist", "Weekly, 45 minutes", "Two school terms")))));
		people = List.of(involvement(firstParent, "Dana Stone", CaseRole.PARENT_CARER),
				involvement(secondParent, "Lee Stone", CaseRole.PARENT_CARER),
				involvement(advocate, "Robin Ash", CaseRole.ADVOCATE));
		id = importer.apply(snapshot(List.of()));
		for (String account : List.of(firstParent, secondParent, advocate)) {
			importer.linkPerson(account, signIn.as(account).id());
		}
		importer.addTeamMember(team.laId(), signIn.as(coordinator).id());
		signIn.signOut();
	}

	/** The LA serves the draft again, on another day (a newer version of it). */
	void laServesAgainOn(LocalDate day) {
		draft = new Plan(draft.laId(), draft.laVersion() + 1, draft.kind(), draft.draftNumber(), null, day,
				draft.sections(), draft.outcomes());
		importer.apply(snapshot(List.of()));
	}

	/** The LA answers a comment, as the sync will. */
	void laResponds(CommentResponse response) {
		importer.apply(snapshot(List.of(response)));
	}

	/**
	 * The LA issues the final plan today, after the comments, keeping its answers to
	 * them: the final plan replaces the draft.
	 */
	void laIssuesTheFinalPlan(List<CommentResponse> responses) {
		var finalPlan = new Plan(la + "-FINAL", 1, PlanKind.FINAL, null, LocalDate.now(), null, draft.sections(),
				List.of());
		importer.apply(new CaseSnapshot(la, 2, "REF", team, child, List.of(draft, finalPlan), List.of(), people,
				List.of(), responses));
	}

	private CaseSnapshot snapshot(List<CommentResponse> responses) {
		return new CaseSnapshot(la, 1, "REF", team, child, List.of(draft), List.of(), people, List.of(), responses);
	}

	private Involvement involvement(String laId, String name, CaseRole role) {
		return new Involvement(laId, 1, name, role, servedOn.minusYears(1), null);
	}

}
