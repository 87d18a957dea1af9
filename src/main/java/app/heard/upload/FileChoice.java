package app.heard.upload;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the person said they are adding, from the button they pressed beside an answer: it
 * sets the page's words and the phone's picker. The server decides what a file is by its
 * content whatever was chosen here ({@code accept} is only a hint to the picker).
 *
 * <p>
 * No {@code capture} attribute: it sends a phone straight to its camera and takes away
 * the gallery, and families often add a video or photo they took earlier; with
 * {@code accept} alone, phones offer the camera and the gallery together. A voice
 * recording is made in the page instead, because many phones have no recorder app for a
 * file input to open.
 */
public enum FileChoice {

	/** Any file the pipeline takes (the page reached without a choice). */
	ANY("any", "image/*,video/*,audio/*,application/pdf", false),

	PHOTO("photo", "image/*", false),

	VIDEO("video", "video/*", false),

	/** Recorded in the page with the microphone; a recording can also be chosen. */
	VOICE("voice", "audio/*", true),

	DOCUMENT("document", "application/pdf,image/*", false);

	private final String slug;

	private final String accept;

	private final boolean recordInPage;

	FileChoice(String slug, String accept, boolean recordInPage) {
		this.slug = slug;
		this.accept = accept;
		this.recordInPage = recordInPage;
	}

	public String slug() {
		return slug;
	}

	String accept() {
		return accept;
	}

	boolean recordInPage() {
		return recordInPage;
	}

	/** The key of this choice's words ({@code upload.<part>.<slug>}). */
	public String key(String part) {
		return "upload." + part + "." + slug;
	}

	public static Optional<FileChoice> fromSlug(String slug) {
		return Arrays.stream(values()).filter(choice -> choice.slug.equals(slug)).findFirst();
	}

}
