package app.heard.attachments.internal;

/** Where a file is between arriving and being shown. */
enum AttachmentStatus {

	/** Arrived; the job that prepares it has not started. */
	WAITING,

	/** Being made safe and playable ("Getting your video ready…"). */
	PROCESSING,

	/** Its renditions are ready to show. */
	READY,

	/** The file cannot be used; the reason says what to do. */
	REJECTED,

	/**
	 * Preparing it kept failing on our side; nobody can fix it by trying another file.
	 */
	FAILED;

	boolean inProgress() {
		return this == WAITING || this == PROCESSING;
	}

}
