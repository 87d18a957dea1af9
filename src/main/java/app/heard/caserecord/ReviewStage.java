package app.heard.caserecord;

import java.util.List;

/**
 * Where an annual review is. The first six are the stages families see; COMPLETE is a
 * past review.
 */
public enum ReviewStage {

	ARRANGE, VIEWS, MEETING, REPORT, DECISION, PLAN, COMPLETE;

	public static final List<ReviewStage> SHOWN = List.of(ARRANGE, VIEWS, MEETING, REPORT, DECISION, PLAN);

}
