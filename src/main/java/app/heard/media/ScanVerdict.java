package app.heard.media;

/**
 * What the malware scanner said about one file. Only {@link Clean} means a scanner saw
 * every byte and found nothing; every other verdict keeps the file away from anyone else
 * (docs/decisions/0010-malware-scanning-with-clamav.md).
 */
public sealed interface ScanVerdict {

	/** The scanner saw the whole file and found nothing. */
	ScanVerdict CLEAN = new Clean();

	/** No scanner is configured ({@code heard.clamav.host} is empty). */
	ScanVerdict NOT_CONFIGURED = new NotConfigured();

	/** The scanner saw the whole file and found nothing. */
	record Clean() implements ScanVerdict {

	}

	/**
	 * The scanner found malware: refuse the file.
	 *
	 * @param signature the signature's name as the scanner reports it, such as
	 * {@code Win.Test.EICAR_HDB-1}, for the logs and support staff; never shown to the
	 * family
	 */
	record Infected(String signature) implements ScanVerdict {

	}

	/**
	 * No verdict: the file was not (fully) scanned, so it must be quarantined and scanned
	 * again or checked by a person, never treated as clean.
	 *
	 * @param reason why, for metrics and for deciding whether to retry
	 * @param detail what happened, for the logs
	 */
	record Unavailable(Reason reason, String detail) implements ScanVerdict {

	}

	/**
	 * Scanning is switched off in this deployment; the caller decides what that means.
	 */
	record NotConfigured() implements ScanVerdict {

	}

	/** Why a scan gave no verdict. */
	enum Reason {

		/**
		 * The scanner could not be reached: refused, unknown host, or no connection in
		 * time.
		 */
		DOWN,

		/**
		 * The scanner took longer than {@code heard.clamav.timeout} for the whole scan.
		 */
		TIMEOUT,

		/** The scanner refused a stream this long (clamd's {@code StreamMaxLength}). */
		TOO_LARGE,

		/**
		 * The scanner stopped looking before the end: a file, scan, recursion or time
		 * limit (clamd's {@code Heuristics.Limits.Exceeded.*} with
		 * {@code AlertExceedsMax}).
		 */
		NOT_FULLY_SCANNED,

		/** The connection closed before the scanner answered. */
		CONNECTION_DROPPED,

		/** The scanner answered something other than a verdict, or answered too early. */
		PROTOCOL_ERROR;

		/**
		 * Whether asking again soon may give a verdict: a scanner that was down or slow
		 * may be back; one that refused the file's size will refuse it again.
		 */
		public boolean worthRetrying() {
			return this == DOWN || this == TIMEOUT || this == CONNECTION_DROPPED;
		}

	}

}
