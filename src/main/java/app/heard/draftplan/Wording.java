package app.heard.draftplan;

import app.heard.caserecord.DraftPlan;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Where the words for the plan's sections and provision are, for the page and the PDF.
 */
public final class Wording {

	private Wording() {
	}

	/** "Section B: Special educational needs". */
	public static String sectionKey(String code) {
		return "draft-plan.section." + code;
	}

	/** "Sections B, E and F: Education". */
	public static String groupKey(List<String> group) {
		return "draft-plan.group." + String.join("-", group);
	}

	/**
	 * "Reading support: daily, 20 minutes. Who: a trained teaching assistant. For how
	 * long: until July." — leaving out what the LA did not say.
	 */
	public static String provisionSentence(DraftPlan.Provision provision, BiFunction<String, Object[], String> text) {
		var sentence = new StringBuilder(provision.what());
		append(sentence, "draft-plan.provision.who", provision.who(), text);
		append(sentence, "draft-plan.provision.how-often", provision.howOften(), text);
		append(sentence, "draft-plan.provision.how-long", provision.howLong(), text);
		return sentence.toString();
	}

	private static void append(StringBuilder sentence, String key, String value,
			BiFunction<String, Object[], String> text) {
		if (value != null && !value.isBlank()) {
			sentence.append(". ").append(text.apply(key, new Object[] { value }));
		}
	}

}
