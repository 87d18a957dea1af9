package app.heard.caserecord;

/**
 * Where an annual review is. The first six are the stages families see; COMPLETE is a
 * past review.
 */
public enum ReviewStage {

	ARRANGE, VIEWS, MEETING, REPORT, DECISION, PLAN, COMPLETE;

	public static final java.util.List<ReviewStage> SHOWN = java.util.List.of(ARRANGE, VIEWS, MEETING, REPORT, DECISION,
			PLAN);

}
