package app.heard.draftplan;

/**
 * The comment was saved elsewhere (the same person's other tab or phone) since this one
 * was opened; nothing was overwritten.
 */
public class CommentConflictException extends RuntimeException {

	private final String theirText;

	private final long theirVersion;

	public CommentConflictException(String theirText, long theirVersion) {
		super("Comment changed elsewhere");
		this.theirText = theirText;
		this.theirVersion = theirVersion;
	}

	public String theirText() {
		return theirText;
	}

	public long theirVersion() {
		return theirVersion;
	}

}
