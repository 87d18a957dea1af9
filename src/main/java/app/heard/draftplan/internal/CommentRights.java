package app.heard.draftplan.internal;

import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseRole;

/**
 * Who may comment on a child's draft plan: the one place that decides it. Today: a parent
 * or carer, the young person, and an advocate or DiAS worker acting for the family (their
 * comments say so). Not the co-ordinator, who works for the LA. To come (issue 5): a
 * parent of a young person 16+ only with the young person's "see and comment" or "act for
 * me" permission, and an advocate only when the family has asked them to.
 */
final class CommentRights {

	private CommentRights() {
	}

	static boolean mayComment(CaseContext context) {
		return switch (context.myRole()) {
			case PARENT_CARER, YOUNG_PERSON, ADVOCATE, DIAS_WORKER -> true;
			case CASE_COORDINATOR -> false;
		};
	}

	static boolean mayExtend(CaseContext context) {
		return context.myRole() == CaseRole.CASE_COORDINATOR;
	}

}
