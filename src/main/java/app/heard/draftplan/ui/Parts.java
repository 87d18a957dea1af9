package app.heard.draftplan.ui;

import app.heard.caserecord.DraftPlan;
import app.heard.draftplan.Target;
import app.heard.draftplan.Wording;
import com.vaadin.flow.component.Component;

/**
 * What a comment is about, in words: the question on its page and its row on the check
 * page.
 */
final class Parts {

	private Parts() {
	}

	static String question(Component on, Target target, DraftPlan plan) {
		return switch (target.kind()) {
			case SECTION ->
				on.getTranslation("draft-plan.write.on-section", on.getTranslation(Wording.sectionKey(target.ref())));
			case OUTCOME -> on.getTranslation("draft-plan.write.on-outcome",
					plan.outcomes()
						.stream()
						.filter(outcome -> outcome.laId().equals(target.ref()))
						.map(DraftPlan.Outcome::description)
						.findFirst()
						.orElse(""));
			case PROVISION -> on.getTranslation("draft-plan.write.on-provision",
					plan.outcomes()
						.stream()
						.flatMap(outcome -> outcome.provisions().stream())
						.filter(provision -> provision.laId().equals(target.ref()))
						.map(DraftPlan.Provision::what)
						.findFirst()
						.orElse(""));
			case NAMED_SETTING -> on.getTranslation("draft-plan.write.setting");
			case MEETING -> on.getTranslation("draft-plan.write.meeting");
		};
	}

	static String hint(Component on, Target target) {
		return switch (target.kind()) {
			case NAMED_SETTING -> on.getTranslation("draft-plan.write.setting.hint");
			case MEETING -> on.getTranslation("draft-plan.write.meeting.hint");
			default -> on.getTranslation("draft-plan.write.hint");
		};
	}

}
