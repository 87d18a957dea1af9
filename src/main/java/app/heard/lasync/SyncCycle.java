package app.heard.lasync;

/**
 * The sync's two loops, which run on their own schedule
 * ({@code heard.la-sync.poll-interval}, {@code heard.la-sync.send-interval}), run once
 * now: for the embedded demo, which loads its cases through the reference LA, and for
 * tests and fault runs.
 */
public interface SyncCycle {

	/**
	 * @return how many changes were read from the LA's feed
	 */
	int pullChanges();

	/** Sends every outbox message that is due, as the scheduled sender would. */
	void sendOutbox();

	/** Whether an LA is configured at all. */
	boolean connected();

}
