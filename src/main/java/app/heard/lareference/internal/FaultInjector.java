package app.heard.lareference.internal;

import app.heard.lareference.Faults;
import java.util.Random;

/**
 * The faults in force and the seeded random source they are drawn from. One draw per
 * request, so a seed replays the same run when requests arrive in the same order.
 */
public final class FaultInjector {

	private Faults faults = Faults.NONE;

	private Random random = new Random(0);

	public synchronized void set(Faults faults) {
		this.faults = faults;
		this.random = new Random(faults.seed());
	}

	public synchronized Faults current() {
		return faults;
	}

	public synchronized Draw draw() {
		return new Draw(hits(faults.reset()), hits(faults.error()), hits(faults.stall()), hits(faults.ackLost()),
				hits(faults.duplicateFeed()), faults.stallMillis());
	}

	/** A number from 0 to {@code bound} - 1, from the same seeded source. */
	public synchronized int pick(int bound) {
		return random.nextInt(bound);
	}

	private boolean hits(double probability) {
		return random.nextDouble() < probability;
	}

	/** Which faults hit one request. */
	public record Draw(boolean reset, boolean error, boolean stall, boolean ackLost, boolean duplicateFeed,
			long stallMillis) {

		public void stallIfDrawn() {
			if (!stall) {
				return;
			}
			try {
				Thread.sleep(stallMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
