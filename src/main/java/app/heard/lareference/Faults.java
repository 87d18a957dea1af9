package app.heard.lareference;

/**
 * Failures the server injects on {@code POST /v1/messages} and {@code GET /v1/changes},
 * so that the portal's sender and poller are tested against the network they will meet.
 * Each is a probability from 0 to 1, drawn per request from a {@link java.util.Random}
 * seeded with {@code seed}, so a run can be repeated.
 *
 * @param reset close the connection without any response, before storing anything
 * @param error store nothing and answer 500
 * @param stall wait {@code stallMillis}, then store and answer as usual: the client may
 * have given up already
 * @param ackLost store the message, then close without a response, so the portal resends
 * a message the LA already has (messages only)
 * @param duplicateFeed repeat, in the page, a change the feed has already returned
 * (changes feed only)
 */
public record Faults(long seed, double reset, double error, double stall, double ackLost, double duplicateFeed,
		long stallMillis) {

	public static final long DEFAULT_STALL_MILLIS = 5000;

	/** No failures: the default. */
	public static final Faults NONE = new Faults(0, 0, 0, 0, 0, 0, DEFAULT_STALL_MILLIS);

	public Faults {
		for (double probability : new double[] { reset, error, stall, ackLost, duplicateFeed }) {
			if (!(probability >= 0 && probability <= 1)) {
				throw new IllegalArgumentException("A fault's probability is from 0 to 1, not " + probability);
			}
		}
		if (stallMillis < 0) {
			throw new IllegalArgumentException("stallMillis cannot be negative");
		}
	}

	public Faults withSeed(long seed) {
		return new Faults(seed, reset, error, stall, ackLost, duplicateFeed, stallMillis);
	}

	public Faults withReset(double reset) {
		return new Faults(seed, reset, error, stall, ackLost, duplicateFeed, stallMillis);
	}

	public Faults withError(double error) {
		return new Faults(seed, reset, error, stall, ackLost, duplicateFeed, stallMillis);
	}

	public Faults withStall(double stall, long stallMillis) {
		return new Faults(seed, reset, error, stall, ackLost, duplicateFeed, stallMillis);
	}

	public Faults withAckLost(double ackLost) {
		return new Faults(seed, reset, error, stall, ackLost, duplicateFeed, stallMillis);
	}

	public Faults withDuplicateFeed(double duplicateFeed) {
		return new Faults(seed, reset, error, stall, ackLost, duplicateFeed, stallMillis);
	}

}
