package app.heard.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One email to one person. Say specifically what is waiting, never a child's personal
 * details: an email can be read over a shoulder or forwarded.
 *
 * @param html an HTML alternative to the plain text, when there is one
 * @param attachments files such as a calendar invitation (.ics)
 */
public record Email(String to, String subject, String text, Optional<String> html, List<Attachment> attachments) {

	public Email {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(html, "html");
		attachments = List.copyOf(attachments);
	}

	/** Plain text only, no attachments. */
	public static Email plain(String to, String subject, String text) {
		return new Email(to, subject, text, Optional.empty(), List.of());
	}

	public record Attachment(String fileName, String contentType, byte[] content) {

		public Attachment {
			Objects.requireNonNull(fileName, "fileName");
			Objects.requireNonNull(contentType, "contentType");
			content = content.clone();
		}

	}

}
