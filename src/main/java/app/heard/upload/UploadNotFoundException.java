package app.heard.upload;

/**
 * There is no finished upload with this id (it never existed, is unfinished, or was
 * discarded).
 */
public class UploadNotFoundException extends RuntimeException {

	public UploadNotFoundException(UploadId id) {
		super("No finished upload " + id);
	}

}
