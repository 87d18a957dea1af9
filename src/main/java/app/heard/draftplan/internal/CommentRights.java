package app.heard.draftplan.internal;

import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CasePermission;
import app.heard.caserecord.CaseRole;

/**
 * Who may comment on a child's draft plan: the one place that decides it. A parent or
 * carer, the young person, and an advocate or DiAS worker acting for the family (their
 * comments say so), each only with the case record's COMMENT permission — which a parent
 * of a young person who decides for themselves keeps only with "see and comment" or "act
 * for me". Where the co-ordinator has recorded that the young person lacks capacity to
 * comment on the draft plan, the case record takes COMMENT from the young person and
 * gives it to the named person, for that decision only. Not the co-ordinator, who works
 * for the LA.
 */
final class CommentRights {

	private CommentRights() {
	}

	static boolean mayComment(CaseContext context) {
		return switch (context.myRole()) {
			case PARENT_CARER, YOUNG_PERSON, ADVOCATE, DIAS_WORKER -> context.may(CasePermission.COMMENT);
			case CASE_COORDINATOR -> false;
		};
	}

	static boolean mayExtend(CaseContext context) {
		return context.myRole() == CaseRole.CASE_COORDINATOR;
	}

}
