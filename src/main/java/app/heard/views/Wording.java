package app.heard.views;

import java.util.Locale;

/**
 * Where the words for questions and the picture scale are in the message bundle, for
 * pages and for the PDF alike.
 */
public final class Wording {

	private Wording() {
	}

	/**
	 * The words for a question: the progress question is asked of the child, or about the
	 * child.
	 */
	public static String questionKey(ViewKind kind, Question question) {
		String key = "question." + slug(question);
		return question == Question.PROGRESS && kind == ViewKind.PARENT_CARER ? key + ".family" : key;
	}

	/** The words for YES, NOT_SURE or NO on the picture scale. */
	public static String scaleKey(String value) {
		return "progress." + value.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static String slug(Question question) {
		return question.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
