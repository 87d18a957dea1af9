package app.heard.lasync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sync as an LA administrator needs to see it: is anything arriving, is anything
 * stuck, and why.
 *
 * @param pull reading the LA's changes feed
 * @param pushIn the LA pushing cases to the portal
 * @param send delivering the outbox to the LA
 * @param backlog messages not yet delivered (waiting, retrying or failed)
 * @param oldestWaiting when the oldest of them was written
 * @param failures messages that gave up, each holding back its case's later messages
 * @param toCheck cases that came in with a UPN, ULN or need code that did not check out,
 * one line each, e.g. "LA-1042: the primary need XYZ is not an SEN2 type"; imported all
 * the same, for the LA to correct in its record
 */
public record SyncHealth(Direction pull, Direction pushIn, Direction send, long backlog,
		Optional<Instant> oldestWaiting, List<Failure> failures, Reconciliation reconciliation, List<String> toCheck) {

	/**
	 * @param lastError why the latest try failed, if it did
	 */
	public record Direction(Optional<Instant> lastTry, Optional<Instant> lastSuccess, Optional<String> lastError) {
	}

	public record Failure(UUID messageId, String caseLaId, long sequence, String type, int attempts, String lastError,
			Instant createdAt) {
	}

	/**
	 * The nightly comparison of the portal's mirror with the LA's list of cases.
	 *
	 * @param drift one line per case that differs, e.g. "LA-1042: the LA has version 7,
	 * the portal 6"
	 */
	public record Reconciliation(Optional<Instant> at, long casesCompared, List<String> drift) {
	}

}
