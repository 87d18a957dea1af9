package app.heard.media;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a file cannot be used, each with words a child or parent can act on. The words live
 * in {@code vaadin-i18n/translations.properties} under {@link #translationKey()}, so
 * pages, services and the support command say the same thing.
 */
public enum RejectionReason {

	/** Not one of the {@link DetectedType}s, whatever the file is called. */
	NOT_A_SUPPORTED_TYPE,

	/** Nothing in the file. */
	EMPTY_FILE,

	DAMAGED_PHOTO,

	DAMAGED_VIDEO,

	DAMAGED_AUDIO,

	/** Damaged, or locked with a password, which we cannot open either. */
	DAMAGED_DOCUMENT,

	/**
	 * More pixels or a longer side than we decode (a decompression bomb looks like this);
	 * its argument is the megapixel limit.
	 */
	IMAGE_TOO_LARGE,

	/**
	 * Longer than the longest recording we keep; its argument is that limit in minutes.
	 */
	TOO_LONG,

	/** Preparing it hit the time or processor limit. */
	TOOK_TOO_LONG,

	/** The malware scanner found something in it ({@link MalwareScanner}). */
	INFECTED;

	private static final String BUNDLE = "vaadin-i18n/translations";

	/** The key of this reason's words, {@code media.rejected.<reason>}. */
	public String translationKey() {
		return "media.rejected." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The English words, formatted as the pages format them: with {@link MessageFormat}
	 * only when there are arguments.
	 */
	public String englishMessage(Object... arguments) {
		String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(translationKey());
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
	}

}
