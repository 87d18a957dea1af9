package app.heard.media;

/**
 * What a family added, as the pages and the local authority talk about it. Decided from
 * the content, never from the file's name.
 */
public enum MediaKind {

	PHOTO, VIDEO, AUDIO, DOCUMENT

}
