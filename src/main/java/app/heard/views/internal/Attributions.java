package app.heard.views.internal;

import app.heard.caserecord.CaseRole;
import app.heard.views.Gathered;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence that says who recorded views, in what capacity, and how a child's views
 * were gathered: "Recorded by Sam Okafor (DiAS) on behalf of Ellie, in Ellie's own
 * words". Nobody types "on behalf of" by hand.
 */
@Component
class Attributions {

	private static final Locale ENGLISH = Locale.UK;

	private final MessageSource messages;

	Attributions(MessageSource messages) {
		this.messages = messages;
	}

	/** For an answer in a child's About Me. */
	String forChildsViews(String recorder, CaseRole role, String childName, Gathered gathered) {
		if (role == CaseRole.YOUNG_PERSON) {
			return text("attribution.self", recorder,
					text("gathered." + key(gathered == null ? Gathered.OWN_WORDS : gathered) + ".self"));
		}
		String pattern = role == CaseRole.PARENT_CARER ? "attribution.with-child" : "attribution.on-behalf";
		String capacity = text("attribution.role." + key(role));
		if (gathered == null) {
			// Never claim "in their own words" for someone else's typing unless the
			// recorder said so
			return text(pattern + ".unstated", recorder, capacity, childName);
		}
		return text(pattern, recorder, capacity, childName, text("gathered." + key(gathered), childName));
	}

	/** For an answer in a parent's or carer's views. */
	String forFamilyViews(String recorder, CaseRole role) {
		return role == CaseRole.PARENT_CARER ? text("attribution.parent", recorder)
				: text("attribution.for-family", recorder, text("attribution.role." + key(role)));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, ENGLISH);
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
