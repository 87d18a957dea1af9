package app.heard.lareference.internal;

import app.heard.lareference.ReceivedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Messages from the portal, each kept once however often it arrives. Records, per case,
 * the sequences in the order they first arrived, which is what the portal promises to
 * keep.
 */
public final class MessageInbox {

	private final Map<UUID, ReceivedMessage> messages = new LinkedHashMap<>();

	private final Map<String, List<Long>> firstArrivals = new HashMap<>();

	/**
	 * @return whether this was the message's first arrival
	 */
	public synchronized boolean receive(ReceivedMessage message) {
		var known = messages.get(message.messageId());
		if (known != null) {
			messages.put(known.messageId(), withOneMoreDelivery(known));
			return false;
		}
		messages.put(message.messageId(), message);
		firstArrivals.computeIfAbsent(message.caseLaId(), laId -> new ArrayList<>()).add(message.sequence());
		return true;
	}

	public synchronized List<ReceivedMessage> messages() {
		return List.copyOf(messages.values());
	}

	public synchronized int distinct() {
		return messages.size();
	}

	/** For every case, the first arrivals were 1, 2, 3 … with none missing. */
	public synchronized boolean inOrderPerCase() {
		for (var sequences : firstArrivals.values()) {
			for (int i = 0; i < sequences.size(); i++) {
				if (sequences.get(i) != i + 1) {
					return false;
				}
			}
		}
		return true;
	}

	private static ReceivedMessage withOneMoreDelivery(ReceivedMessage message) {
		return new ReceivedMessage(message.messageId(), message.caseLaId(), message.sequence(), message.type(),
				message.occurredAt(), message.payload(), message.deliveries() + 1);
	}

}
