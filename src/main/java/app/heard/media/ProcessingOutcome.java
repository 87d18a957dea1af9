package app.heard.media;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What became of one file: safe renditions, or a reason to give the family.
 */
public sealed interface ProcessingOutcome {

	/**
	 * The file was understood and its renditions written.
	 *
	 * @param type what the content is
	 * @param kind what the family added (a video with no picture is
	 * {@link MediaKind#AUDIO})
	 * @param renditions the files written, never the original
	 * @param duration how long a video or recording lasts
	 * @param width upright width of the main rendition (display photo, video, PDF
	 * preview); 0 for sound
	 * @param height upright height of the main rendition; 0 for sound
	 */
	record Processed(DetectedType type, MediaKind kind, List<Rendition> renditions, Optional<Duration> duration,
			int width, int height) implements ProcessingOutcome {

		public Processed {
			renditions = List.copyOf(renditions);
		}

		/** The rendition with this role, if one was written. */
		public Optional<Rendition> rendition(String role) {
			return this.renditions.stream().filter(rendition -> rendition.role().equals(role)).findFirst();
		}

	}

	/**
	 * The file cannot be used; nothing was written.
	 *
	 * @param reason what to tell the family
	 * @param messageArguments the values the reason's message refers to, such as the
	 * longest recording allowed in minutes
	 */
	record Rejected(RejectionReason reason, List<Object> messageArguments) implements ProcessingOutcome {

		public Rejected {
			messageArguments = List.copyOf(messageArguments);
		}

		public Rejected(RejectionReason reason) {
			this(reason, List.of());
		}

		/** The words the family sees, in English, as the pages show them. */
		public String englishMessage() {
			return this.reason.englishMessage(this.messageArguments.toArray());
		}

	}

}
