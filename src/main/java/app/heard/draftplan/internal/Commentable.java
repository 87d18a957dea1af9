package app.heard.draftplan.internal;

import app.heard.caserecord.DraftPlan;
import app.heard.draftplan.Target;

/**
 * The parts of a draft a comment can be about: what the draft has, and the two requests.
 */
record Commentable(DraftPlan plan) {

	boolean commentable(Target target) {
		return switch (target.kind()) {
			case NAMED_SETTING, MEETING -> true;
			case SECTION -> plan.sections().containsKey(target.ref()) || target.ref().equals("E");
			case OUTCOME -> plan.outcomes().stream().anyMatch(outcome -> outcome.laId().equals(target.ref()));
			case PROVISION -> plan.outcomes()
				.stream()
				.flatMap(outcome -> outcome.provisions().stream())
				.anyMatch(provision -> provision.laId().equals(target.ref()));
		};
	}

}
