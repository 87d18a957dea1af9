package app.heard.attachments.internal;

import app.heard.caserecord.CaseRole;
import app.heard.views.ViewKind;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who added a file, in what capacity, in a sentence like the one under each answer
 * ("Added by Sam Okafor (DiAS) on behalf of Ellie"), for the LA's media manifest.
 */
@Component
class FileAttributions {

	private static final Locale ENGLISH = Locale.UK;

	private final MessageSource messages;

	FileAttributions(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param childName the child, when known; files sent before the manifest existed are
	 * attributed without it
	 */
	String of(ViewKind kind, String addedBy, CaseRole role, String childName) {
		if (role == CaseRole.YOUNG_PERSON) {
			return text("attribution.file.self", addedBy);
		}
		String capacity = text("attribution.role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		if (kind == ViewKind.PARENT_CARER) {
			return role == CaseRole.PARENT_CARER ? text("attribution.file.parent", addedBy)
					: text("attribution.file.for-family", addedBy, capacity);
		}
		if (childName == null) {
			return text("attribution.file.by", addedBy, capacity);
		}
		return text(role == CaseRole.PARENT_CARER ? "attribution.file.with-child" : "attribution.file.on-behalf",
				addedBy, capacity, childName);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, ENGLISH);
	}

}
