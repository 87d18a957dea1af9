package app.heard.media.internal;

import app.heard.media.ScanVerdict;
import app.heard.media.ScanVerdict.Infected;
import app.heard.media.ScanVerdict.Reason;
import app.heard.media.ScanVerdict.Unavailable;

/**
 * Reads clamd's answer to INSTREAM, failing closed: only the exact words
 * {@code stream: OK}, after the whole file was sent, are {@link ScanVerdict#CLEAN}.
 */
final class ClamdReply {

	private static final String STREAM = "stream: ";

	private static final String FOUND = " FOUND";

	/**
	 * What clamd reports, with {@code AlertExceedsMax yes}, when it stopped looking
	 * early.
	 */
	private static final String LIMITS_EXCEEDED = "Heuristics.Limits.Exceeded";

	private ClamdReply() {
	}

	/**
	 * @param reply the words before the terminating NUL
	 * @param wholeFileSent whether the file and the closing empty chunk were sent first
	 */
	static ScanVerdict verdict(String reply, boolean wholeFileSent) {
		if (reply.endsWith(" ERROR")) {
			// "INSTREAM size limit exceeded. ERROR" past StreamMaxLength; others are
			// clamd failing
			Reason reason = reply.contains("size limit exceeded") ? Reason.TOO_LARGE : Reason.PROTOCOL_ERROR;
			return new Unavailable(reason, "clamd: " + printable(reply));
		}
		if (!reply.startsWith(STREAM)) {
			return new Unavailable(Reason.PROTOCOL_ERROR, "Not a clamd verdict: " + printable(reply));
		}
		if (!wholeFileSent) {
			return new Unavailable(Reason.PROTOCOL_ERROR,
					"clamd answered before the whole file was sent: " + printable(reply));
		}
		String result = reply.substring(STREAM.length());
		if (result.equals("OK")) {
			return ScanVerdict.CLEAN;
		}
		if (result.endsWith(FOUND)) {
			String signature = result.substring(0, result.length() - FOUND.length()).strip();
			if (signature.startsWith(LIMITS_EXCEEDED)) {
				return new Unavailable(Reason.NOT_FULLY_SCANNED, "clamd stopped early: " + signature);
			}
			if (!signature.isEmpty()) {
				return new Infected(signature);
			}
		}
		return new Unavailable(Reason.PROTOCOL_ERROR, "Not a clamd verdict: " + printable(reply));
	}

	static String printable(String reply) {
		String shortened = (reply.length() > 200) ? reply.substring(0, 200) + "…" : reply;
		return shortened.replaceAll("\\p{Cntrl}", "?");
	}

}
