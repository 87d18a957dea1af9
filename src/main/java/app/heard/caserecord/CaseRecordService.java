package app.heard.caserecord;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reads of the case record, always for the signed-in person. Every method checks, per
 * case, that the person is linked to it (involved in the case, or a co-ordinator in the
 * case's team); otherwise the case does not exist for them.
 */
@PreAuthorize("isAuthenticated()")
public interface CaseRecordService {

	/** The cases the signed-in person is linked to, those needing attention first. */
	List<CaseSummary> myCases();

	/**
	 * The case page.
	 * @throws CaseNotFoundException if there is no such case or the person is not linked
	 * to it
	 */
	CaseOverview overview(CaseId id);

	/**
	 * The signed-in person's role in the case and its review in progress, for features
	 * that act on the case.
	 * @throws CaseNotFoundException if there is no such case or the person is not linked
	 * to it
	 */
	CaseContext context(CaseId id);

	/**
	 * The outcomes in the child's current (final) plan, in the plan's order; none before
	 * a plan is issued.
	 * @throws CaseNotFoundException if there is no such case or the person is not linked
	 * to it
	 */
	List<PlanOutcome> outcomesInPlan(CaseId id);

	/**
	 * The latest draft plan served on the family in the current review cycle, if there is
	 * one and no final plan has been issued since, with the LA's responses to comments.
	 * @throws CaseNotFoundException if there is no such case or the person is not linked
	 * to it
	 */
	Optional<DraftPlan> draftPlan(CaseId id);

	/**
	 * The LA's responses to comments sent on any draft plan of this case, by the portal's
	 * comment id: what stays of "you said, we did" once the final plan replaces the
	 * draft.
	 */
	java.util.Map<java.util.UUID, DraftPlan.Response> commentResponses(CaseId id);

}
