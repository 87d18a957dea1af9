package app.heard.lasync.internal;

import app.heard.lasync.SyncCycle;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the puller and the sender on their schedules, when an LA is configured. */
class LaSyncRunner implements SyncCycle, AutoCloseable {

	static LaSyncRunner notConfigured() {
		return new LaSyncRunner(null, null, null, Duration.ZERO);
	}

	private final ChangesPuller puller;

	private final OutboxSender sender;

	private final LaClient client;

	private final Duration sendersRest;

	LaSyncRunner(LaClient client, ChangesPuller puller, OutboxSender sender, Duration sendersRest) {
		this.client = client;
		this.puller = puller;
		this.sender = sender;
		this.sendersRest = sendersRest;
	}

	/** The senders start once the portal is up (its schema migrated). */
	@EventListener(ApplicationReadyEvent.class)
	void startSending() {
		if (sender != null) {
			sender.start(sendersRest);
		}
	}

	LaClient client() {
		return client;
	}

	@Scheduled(fixedDelayString = "${heard.la-sync.poll-interval:30s}",
			initialDelayString = "${heard.la-sync.poll-interval:30s}")
	void poll() {
		pullChanges();
	}

	@Override
	public int pullChanges() {
		return connected() ? puller.pull() : 0;
	}

	@Override
	public void sendOutbox() {
		if (connected()) {
			sender.sendDue();
		}
	}

	@Override
	public boolean connected() {
		return puller != null;
	}

	@Override
	public void close() {
		if (sender != null) {
			sender.close();
		}
	}

}
