package app.heard.demo;

import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.CaseSnapshot.Child;
import app.heard.caserecord.CaseSnapshot.Decision;
import app.heard.caserecord.CaseSnapshot.Involvement;
import app.heard.caserecord.CaseSnapshot.Outcome;
import app.heard.caserecord.CaseSnapshot.Plan;
import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.CaseSnapshot.Provision;
import app.heard.caserecord.CaseSnapshot.Review;
import app.heard.caserecord.CaseSnapshot.Team;
import app.heard.caserecord.ReviewStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Two demo cases as the LA's case record would send them, dated from "today" so the demo
 * always shows a review in progress: Ellie (9), whose family is giving views, and Riley
 * (16), whose review is overdue.
 */
final class DemoCases {

	static final Team TEAM = new Team("DEMO-TEAM-NORTH", 1, "North SEND team");

	/** Made up, with a check letter that checks out (decision 0016). */
	private static final String ELLIE_UPN = "E935201510004";

	private static final String RILEY_UPN = "R935200910012";

	private DemoCases() {
	}

	static final String ELLIE_LAST_REVIEW = "DEMO-REV-ELLIE-2025";

	static LocalDate ellieLastReview(LocalDate today) {
		return today.minusMonths(11);
	}

	static CaseSnapshot ellie(LocalDate today) {
		LocalDate lastReview = ellieLastReview(today);
		var plan = new Plan("DEMO-PLAN-ELLIE-2", 1, PlanKind.FINAL, null, today.minusYears(2), null,
				Map.of("A", "Ellie loves drawing, horses and her little brother. She wants to be a vet.", "B",
						"Ellie has dyslexia and finds reading and writing tiring.", "F",
						"Daily 20 minutes of structured reading with a trained teaching assistant."),
				List.of(new Outcome("DEMO-OUT-ELLIE-1", 1, "Communication and interaction",
						"By July, Ellie will read a short book of her choice aloud to a friend.",
						"Reading support, 20 minutes a day, teaching assistant"),
						new Outcome("DEMO-OUT-ELLIE-2", 1, "Social, emotional and mental health",
								"Ellie will tell an adult when she feels worried, using her feelings cards.",
								"Weekly check-in with the school's ELSA")));
		var lastYear = new Review(ELLIE_LAST_REVIEW, 1, ReviewStage.COMPLETE, lastReview.atTime(9, 30),
				"Greenhill Primary School", null, lastReview.plusDays(10), Decision.KEEP, lastReview.plusWeeks(3));
		LocalDate meeting = today.plusWeeks(4);
		var current = new Review("DEMO-REV-ELLIE-2026", 1, ReviewStage.VIEWS, meeting.atTime(10, 0),
				"Greenhill Primary School", meeting.minusWeeks(2), null, null, null);
		return new CaseSnapshot("DEMO-CASE-ELLIE", 1, "EHC-2019-0427", TEAM,
				new Child("DEMO-CHILD-ELLIE", "Eleanor", "Taylor", "Ellie", today.minusYears(9).minusMonths(2),
						"Year 5", "Greenhill Primary School", "100001", "14 Orchard Close, Northtown NT1 4AB",
						"Jordan Taylor: 07700 900123, jordan.taylor@example.org")
					.withSen2(ELLIE_UPN, null, "SPLD", "SEMH"),
				List.of(plan, ellieDraft(today)), List.of(lastYear, current),
				List.of(involvement("DEMO-INV-ELLIE-JT", DemoAccount.PARENT, CaseRole.PARENT_CARER,
						today.minusYears(3)),
						involvement("DEMO-INV-ELLIE-CM", DemoAccount.SECOND_PARENT, CaseRole.PARENT_CARER,
								today.minusYears(3)),
						involvement("DEMO-INV-ELLIE-PS", DemoAccount.ADVOCATE, CaseRole.ADVOCATE, today.minusMonths(2)),
						involvement("DEMO-INV-ELLIE-SO", DemoAccount.DIAS, CaseRole.DIAS_WORKER,
								today.minusMonths(5))));
	}

	/**
	 * Proposed amendments to Ellie's plan, shared four days ago, so the demo shows a
	 * comment window open beside the review in progress.
	 */
	private static Plan ellieDraft(LocalDate today) {
		return new Plan("DEMO-PLAN-ELLIE-3", 1, PlanKind.DRAFT, 1, null, today.minusDays(4), Map.of("A",
				"Ellie loves drawing, horses and her little brother. She wants to be a vet. She says reading is "
						+ "easier with coloured paper.",
				"B", "Ellie has dyslexia and finds reading and writing tiring. She worries about tests.", "C",
				"Ellie wears glasses for reading.", "D", "No social care needs have been identified.", "F",
				"Structured reading support every day; a quiet space for tests.", "G",
				"Yearly eye test with the school nurse's reminder.", "I", "Greenhill Primary School (mainstream)", "K",
				"Educational psychologist's report; class teacher's advice; parents' views."),
				List.of(new Outcome("DEMO-DRAFT-OUT-ELLIE-1", 1, "Communication and interaction",
						"By July, Ellie will read a short book of her choice aloud to a friend.",
						"Reading support, 20 minutes a day, teaching assistant", "B",
						List.of("Read a page aloud to her teaching assistant each day",
								"Read a picture book to a younger child once a week"),
						List.of(new Provision("DEMO-PROV-ELLIE-1", "F", "Structured reading programme",
								"A trained teaching assistant", "20 minutes every school day", "Until July"),
								new Provision("DEMO-PROV-ELLIE-2", "F", "Coloured overlays and cream paper",
										"Class teacher", "In every lesson", "For as long as they help"))),
						new Outcome("DEMO-DRAFT-OUT-ELLIE-2", 1, "Social, emotional and mental health",
								"Ellie will tell an adult when she feels worried, using her feelings cards.",
								"Weekly check-in with the school's ELSA", "B",
								List.of("Use her feelings cards at the weekly check-in"),
								List.of(new Provision("DEMO-PROV-ELLIE-3", "F", "Check-in with the school's ELSA",
										"Emotional literacy support assistant", "Once a week, 30 minutes",
										"One school year"))),
						new Outcome("DEMO-DRAFT-OUT-ELLIE-3", 1, "Physical and sensory",
								"Ellie will see the board and books clearly in every lesson.", null, "C", List.of(),
								List.of(new Provision("DEMO-PROV-ELLIE-4", "G", "Eye test", "Community optometrist",
										"Once a year", "While she is at school")))));
	}

	static CaseSnapshot riley(LocalDate today) {
		LocalDate lastReview = today.minusMonths(14);
		var plan = new Plan("DEMO-PLAN-RILEY-3", 1, PlanKind.FINAL, null, today.minusYears(3), null,
				Map.of("A", "Riley likes music production and wants to go to college to study it."),
				List.of(new Outcome("DEMO-OUT-RILEY-1", 1, "Preparing for adulthood: employment",
						"Riley will complete a work experience placement in a recording studio.",
						"Careers adviser, three sessions a term")));
		var lastYear = new Review("DEMO-REV-RILEY-2025", 1, ReviewStage.COMPLETE, lastReview.atTime(14, 0),
				"Northfield Academy", null, lastReview.plusDays(12), Decision.AMEND, lastReview.plusWeeks(4));
		var current = new Review("DEMO-REV-RILEY-2026", 1, ReviewStage.ARRANGE, null, null, null, null, null, null);
		// 16 and 11 months: whatever today is, past compulsory school age (which ends at
		// most ten months after a sixteenth birthday), so Riley decides for his own case
		// and his first sign-in walks him through it
		return new CaseSnapshot("DEMO-CASE-RILEY", 2, "EHC-2016-0112", TEAM,
				new Child("DEMO-CHILD-RILEY", "Riley", "Taylor", null, today.minusYears(16).minusMonths(11), "Year 12",
						"Northfield Academy", "100002")
					.withSen2(RILEY_UPN, "4512345670", "ASD", null),
				List.of(plan), List.of(lastYear, current),
				List.of(involvement("DEMO-INV-RILEY-RT", DemoAccount.YOUNG_PERSON, CaseRole.YOUNG_PERSON,
						today.minusMonths(3)),
						involvement("DEMO-INV-RILEY-JT", DemoAccount.PARENT, CaseRole.PARENT_CARER,
								today.minusYears(8))));
	}

	private static Involvement involvement(String laId, DemoAccount account, CaseRole role, LocalDate since) {
		return new Involvement(laId, 1, account.displayName, role, since, null, account.email);
	}

}
