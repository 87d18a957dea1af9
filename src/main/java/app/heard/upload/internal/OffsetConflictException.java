package app.heard.upload.internal;

/** A request continued an upload from another offset than the one the server has. */
class OffsetConflictException extends RuntimeException {

	private final long offset;

	OffsetConflictException(long offset) {
		super("The upload is at offset " + offset);
		this.offset = offset;
	}

	long offset() {
		return offset;
	}

}
