package app.heard.draftplan;

/** A sent comment never changes. */
public class CommentAlreadySentException extends RuntimeException {

	public CommentAlreadySentException(Target target) {
		super("The comment on " + target.slug() + " has been sent");
	}

}
