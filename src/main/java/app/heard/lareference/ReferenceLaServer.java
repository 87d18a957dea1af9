package app.heard.lareference;

import app.heard.lareference.internal.AdminEndpoint;
import app.heard.lareference.internal.BearerTokens;
import app.heard.lareference.internal.CaseRecords;
import app.heard.lareference.internal.CaseStore;
import app.heard.lareference.internal.ChangesFeed;
import app.heard.lareference.internal.FaultInjector;
import app.heard.lareference.internal.Http;
import app.heard.lareference.internal.MessageInbox;
import app.heard.lareference.internal.MessagesEndpoint;
import app.heard.lareference.internal.PushClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/**
 * The LA side of the sync contract ({@code /api/la-sync-v1.yaml}) as a real HTTP server
 * on the loopback address: the changes feed, case look-ups and the message inbox under
 * {@code /v1} (bearer token required), and {@code /admin} for demos and scripts.
 * <p>
 * Every {@link #storeCase store} appends a change with the next global sequence. Each
 * message id is kept once, however often it arrives. {@link #faults(Faults) Faults} make
 * the network misbehave on purpose. All methods are safe to call from any thread.
 */
public final class ReferenceLaServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final CaseStore cases = new CaseStore();

	private final MessageInbox inbox = new MessageInbox();

	private final FaultInjector faults = new FaultInjector();

	private final Clock clock;

	private volatile PushClient pushClient;

	private ReferenceLaServer(Options options) throws IOException {
		this.clock = options.clock();
		this.pushClient = options.pushTarget() == null ? null
				: new PushClient(options.pushTarget(), options.pushSecret(), options.clock());
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
		// A thread per exchange: a stalled request must not hold up the others.
		this.executor = Executors.newVirtualThreadPerTaskExecutor();
		server.setExecutor(executor);
		var tokens = new BearerTokens(options.jwkSetUri());
		server.createContext("/v1/changes", new ChangesFeed(cases, faults)).getFilters().add(tokens);
		server.createContext("/v1/cases", new CaseRecords(cases)).getFilters().add(tokens);
		server.createContext("/v1/messages", new MessagesEndpoint(inbox, faults)).getFilters().add(tokens);
		server.createContext("/admin/", new AdminEndpoint(cases, inbox, faults, this::push));
	}

	/** Starts listening on 127.0.0.1 at {@code options.port()} (0: any free port). */
	public static ReferenceLaServer start(Options options) {
		try {
			var started = new ReferenceLaServer(options);
			started.server.start();
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the reference LA server", ex);
		}
	}

	/** For example {@code http://127.0.0.1:8088}, with no trailing slash. */
	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/**
	 * Stores a snapshot as the case's latest and appends it to the changes feed.
	 * @param snapshotJson a case snapshot with at least a string {@code laId} and a
	 * whole-number {@code laVersion}
	 * @return the change's sequence
	 * @throws IllegalArgumentException when it is not such a snapshot
	 */
	public long storeCase(String snapshotJson) {
		JsonNode snapshot = Http.readJson(snapshotJson.getBytes(StandardCharsets.UTF_8));
		if (snapshot == null) {
			throw new IllegalArgumentException("Not JSON: " + snapshotJson);
		}
		return storeCase(snapshot);
	}

	/** As {@link #storeCase(String)}; the server keeps its own copy. */
	public long storeCase(JsonNode snapshot) {
		return cases.store(snapshot);
	}

	/**
	 * Does to the changes feed what restarting a server that keeps them in memory does: a
	 * new feed id, and the latest snapshot of every case appended again from sequence 1.
	 * A portal further on must notice and read the feed again from the start.
	 * @return the new feed id
	 */
	public String renumberFeed() {
		return cases.renumber();
	}

	/** The id of the changes feed's current numbering. */
	public String feed() {
		return cases.feed();
	}

	/**
	 * Pushes the case's latest snapshot to the portal, signed with the shared secret.
	 * @return the portal's HTTP status
	 * @throws NoSuchElementException when the case was never stored
	 * @throws IllegalStateException when no push target was configured
	 * @throws UncheckedIOException when the portal could not be reached
	 */
	public int push(String laId) {
		if (pushClient == null) {
			throw new IllegalStateException("No portal push target was configured");
		}
		var snapshot = cases.latest(laId).orElseThrow(() -> new NoSuchElementException("No case " + laId));
		return pushClient.push(snapshot);
	}

	/**
	 * Where pushes go from now on: for a portal whose address is known only once it has
	 * started (a test's random port).
	 */
	public void pushTo(URI target, String secret) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("Pushing needs the shared secret");
		}
		this.pushClient = new PushClient(target, secret, clock);
	}

	/** Every distinct message, in the order each first arrived. */
	public List<ReceivedMessage> messages() {
		return inbox.messages();
	}

	public int distinctMessages() {
		return inbox.distinct();
	}

	/**
	 * Whether, for every case, the messages' first arrivals had sequences 1, 2, 3 … with
	 * none missing and none out of order.
	 */
	public boolean inOrderPerCase() {
		return inbox.inOrderPerCase();
	}

	/** Replaces the faults in force, restarting their random source from its seed. */
	public void faults(Faults faults) {
		this.faults.set(faults);
	}

	public Faults faults() {
		return faults.current();
	}

	/** Stops at once; requests still stalled are abandoned. */
	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

	/**
	 * @param port 0 for any free port
	 * @param jwkSetUri where the LA's identity provider publishes its keys; {@code null}
	 * accepts any non-empty bearer token
	 * @param pushTarget the portal's {@code /api/la/v1/cases}, or {@code null} for none
	 * @param pushSecret the secret shared with the portal for signing pushes
	 * @param clock the time that push signatures carry
	 */
	public record Options(int port, URI jwkSetUri, URI pushTarget, String pushSecret, Clock clock) {

		public Options {
			if (pushTarget != null && (pushSecret == null || pushSecret.isEmpty())) {
				throw new IllegalArgumentException("Pushing needs the shared secret");
			}
			clock = clock == null ? Clock.systemUTC() : clock;
		}

		/** Any token accepted, no pushing, the system clock. */
		public static Options onPort(int port) {
			return new Options(port, null, null, null, null);
		}

		public Options withJwkSetUri(URI jwkSetUri) {
			return new Options(port, jwkSetUri, pushTarget, pushSecret, clock);
		}

		public Options withPush(URI pushTarget, String pushSecret) {
			return new Options(port, jwkSetUri, pushTarget, pushSecret, clock);
		}

		public Options withClock(Clock clock) {
			return new Options(port, jwkSetUri, pushTarget, pushSecret, clock);
		}

	}

}
