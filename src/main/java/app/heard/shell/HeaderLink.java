package app.heard.shell;

/**
 * A link another feature adds to the header of every signed-in page, such as the
 * notifications with their unread count. Its words are asked for again after each
 * navigation, so a count stays current.
 */
public interface HeaderLink {

	/** Where it goes, without a leading slash. */
	String href();

	/** Its words, for the signed-in person, now. */
	String text();

}
