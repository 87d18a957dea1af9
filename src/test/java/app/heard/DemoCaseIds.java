package app.heard;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseSummary;
import app.heard.identity.internal.TestSignIn;

/**
 * Finds a demo case's id the way a person would: as Jordan Taylor, the parent linked to
 * both demo children.
 */
public final class DemoCaseIds {

	private DemoCaseIds() {
	}

	public static CaseId of(String childName, CaseRecordService cases, TestSignIn signIn) {
		signIn.as("parent");
		return cases.myCases()
			.stream()
			.filter(summary -> summary.childName().equals(childName))
			.findFirst()
			.map(CaseSummary::id)
			.orElseThrow();
	}

}
