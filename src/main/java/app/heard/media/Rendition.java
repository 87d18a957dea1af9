package app.heard.media;

import java.nio.file.Path;

/**
 * One file made from what a family added. Its name is chosen by the server; the original
 * is never one of these.
 *
 * @param role what the file is for: {@code display}, {@code thumbnail}, {@code video},
 * {@code poster}, {@code audio}, {@code preview} or {@code document}
 * @param file where it was written, inside the output directory given to
 * {@link MediaProcessor#process}
 * @param contentType the type to serve it with
 * @param bytes its size
 */
public record Rendition(String role, Path file, String contentType, long bytes) {

	public static final String DISPLAY = "display";

	public static final String THUMBNAIL = "thumbnail";

	public static final String VIDEO = "video";

	public static final String POSTER = "poster";

	public static final String AUDIO = "audio";

	public static final String PREVIEW = "preview";

	public static final String DOCUMENT = "document";

}
