package app.heard.views;

/**
 * Someone else (or the same person on another phone) saved this answer after it was
 * opened here. Nothing was overwritten; both versions are given so the person can choose.
 */
public class EditConflictException extends RuntimeException {

	private final Question question;

	private final String theirText;

	private final long theirVersion;

	public EditConflictException(Question question, String theirText, long theirVersion) {
		super("Answer to " + question + " was changed elsewhere (now version " + theirVersion + ")");
		this.question = question;
		this.theirText = theirText;
		this.theirVersion = theirVersion;
	}

	public Question question() {
		return question;
	}

	public String theirText() {
		return theirText;
	}

	public long theirVersion() {
		return theirVersion;
	}

}
