package app.heard.attachments.internal;

/** Where a file is between arriving and being shown. */
enum AttachmentStatus {

	/** Arrived; the job that prepares it has not started. */
	WAITING,

	/** Being made safe and playable ("Getting your video ready…"). */
	PROCESSING,

	/**
	 * Held: the malware scanner was down, timed out or could not read it all. Never
	 * treated as clean; tried again later, and shown to nobody meanwhile.
	 */
	QUARANTINED,

	/** Its renditions are ready to show. */
	READY,

	/** The file cannot be used; the reason says what to do. */
	REJECTED,

	/**
	 * Preparing it kept failing on our side; nobody can fix it by trying another file.
	 */
	FAILED;

	/** Not finished: a job will still try it. */
	boolean inProgress() {
		return this == WAITING || this == PROCESSING || this == QUARANTINED;
	}

	/** Being worked on now: worth checking back on in a moment. */
	boolean beingPrepared() {
		return this == WAITING || this == PROCESSING;
	}

}
