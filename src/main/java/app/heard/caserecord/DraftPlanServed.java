package app.heard.caserecord;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The LA served a draft plan (new, or served again on another day): published in the
 * import's transaction, once everyone involved has been applied, so whoever is told about
 * it can already see it.
 */
public record DraftPlanServed(CaseId caseId, UUID planId, LocalDate servedOn) {

	public DraftPlanServed {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(planId, "planId");
		Objects.requireNonNull(servedOn, "servedOn");
	}

}
