package app.heard.benchmark;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import app.heard.upload.Tus;
import app.heard.upload.Uploads;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads through the tus endpoint, signed in, with security and CSRF on, over loopback:
 * <ul>
 * <li>heap per upload in flight: 50 uploads held open mid-request (goal at most 1 MiB
 * each);</li>
 * <li>throughput of a 1 GB upload, as one request and in the browser client's 8 MiB
 * chunks, against a plain Java streaming endpoint (the JDK's HTTP server writing the body
 * to a file in the same folder through the same size of buffer) in the same run (goal
 * ratio at least 0.5);</li>
 * <li>a connection cut at 50 %, abruptly (reset) and cleanly: the bytes the client must
 * send again (goal at most one chunk, 8 MiB).</li>
 * </ul>
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=UploadBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class UploadBenchmark {

	private static final long GIGABYTE = 1_000_000_000L;

	private static final long MIB = 1024 * 1024;

	private static final long CHUNK = 8 * MIB;

	private static final int IN_FLIGHT = 50;

	private static final byte[] BLOCK = new byte[(int) MIB];

	static {
		new Random(42).nextBytes(BLOCK);
	}

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	Uploads uploads;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void upload_heap_throughput_and_resending_after_a_cut() throws Exception {
		CaseId ellie = DemoCaseIds.of("Ellie", cases, signIn);
		signIn.signOut();
		var sam = new Tus(SignedInHttp.as("dias", port));
		var report = new StringBuilder("Uploads (tus, loopback, signed in, security and CSRF on):\n");

		double perUpload = heapPerUploadInFlight(sam, ellie);
		report
			.append(String.format("  heap per upload in flight (%d held mid-request): %.0f KiB   (goal <= 1024 KiB)%n",
					IN_FLIGHT, perUpload / 1024));

		Path plainDirectory = Files.createTempDirectory("heard-plain-upload");
		HttpServer plain = plainEndpoint(plainDirectory);
		try {
			var tusSingle = new ArrayList<Double>();
			var tusChunked = new ArrayList<Double>();
			var reference = new ArrayList<Double>();
			for (int round = 0; round < 3; round++) {
				reference.add(plainUpload(plain.getAddress().getPort()));
				tusSingle.add(tusUpload(sam, ellie, GIGABYTE));
				tusChunked.add(tusUpload(sam, ellie, CHUNK));
			}
			double plainBest = best(reference);
			report.append(String.format("  1 GB, plain Java streaming endpoint: %.0f MB/s (best of rounds %s)%n",
					plainBest, rounded(reference)));
			report.append(String.format(
					"  1 GB, tus in one request:         %.0f MB/s (rounds %s), ratio %.2f (goal >= 0.5)%n",
					best(tusSingle), rounded(tusSingle), best(tusSingle) / plainBest));
			report.append(String.format(
					"  1 GB, tus in 8 MiB chunks:        %.0f MB/s (rounds %s), ratio %.2f (goal >= 0.5)%n",
					best(tusChunked), rounded(tusChunked), best(tusChunked) / plainBest));
		}
		finally {
			plain.stop(0);
			Files.deleteIfExists(plainDirectory.resolve("upload"));
			Files.deleteIfExists(plainDirectory);
		}

		report.append(String.format("  one PATCH with no bytes (the per-request cost of a chunk), median: %.1f ms%n",
				emptyRequestMillis(sam, ellie)));

		for (boolean abrupt : new boolean[] { true, false }) {
			long resent = resentAfterCut(sam, ellie, abrupt);
			report.append(String.format("  1 GB cut at 50 %% (%s): %d bytes sent again (%.2f MiB; goal <= 8 MiB)%n",
					abrupt ? "connection reset" : "connection closed", resent, resent / (double) MIB));
		}

		System.out.println(report);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "uploads.txt"), report);
	}

	/**
	 * Each upload is held open half-way through its request body, past its first
	 * checkpoint, so the server is inside the copy loop for all of them at once.
	 */
	private double heapPerUploadInFlight(Tus sam, CaseId ellie) throws Exception {
		long length = 16 * MIB;
		var locations = new ArrayList<String>();
		for (int i = 0; i < IN_FLIGHT; i++) {
			locations.add(Tus.location(sam.create(ellie, "about-me", "enjoy-doing", length)));
		}
		long before = settledHeap();
		var sockets = new ArrayList<Socket>();
		try {
			for (String location : locations) {
				var socket = new Socket("localhost", port);
				sockets.add(socket);
				var out = socket.getOutputStream();
				out.write(patchHeaders(sam, location, 0, length));
				for (int mib = 0; mib < 9; mib++) {
					out.write(BLOCK);
				}
				out.flush();
			}
			for (String location : locations) {
				while (Tus.offset(sam.head(location)) < CHUNK) {
					Thread.onSpinWait();
				}
			}
			long during = settledHeap();
			return (during - before) / (double) IN_FLIGHT;
		}
		finally {
			for (var socket : sockets) {
				socket.close();
			}
			for (String location : locations) {
				waitUntilFree(sam, location);
				sam.delete(location);
			}
		}
	}

	/** MB/s of one 1 GB upload sent in requests of {@code chunk} bytes. */
	private double tusUpload(Tus sam, CaseId ellie, long chunk) throws Exception {
		String location = Tus.location(sam.create(ellie, "about-me", "enjoy-doing", GIGABYTE));
		long started = System.nanoTime();
		long offset = 0;
		while (offset < GIGABYTE) {
			long size = Math.min(chunk, GIGABYTE - offset);
			var response = sam.http()
				.send(sam.patching(location, offset)
					.method("PATCH", HttpRequest.BodyPublishers
						.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> bytes(size)), size)));
			if (response.statusCode() != 204) {
				throw new AssertionError(response.statusCode() + " " + response.body());
			}
			offset = Tus.offset(response);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		uploads.discard(Tus.idOf(location));
		return GIGABYTE / 1e6 / seconds;
	}

	private double plainUpload(int plainPort) throws Exception {
		long started = System.nanoTime();
		var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + plainPort + "/upload"))
			.POST(HttpRequest.BodyPublishers
				.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> bytes(GIGABYTE)), GIGABYTE))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 204) {
			throw new AssertionError(response.statusCode());
		}
		return GIGABYTE / 1e6 / ((System.nanoTime() - started) / 1e9);
	}

	private double emptyRequestMillis(Tus sam, CaseId ellie) throws Exception {
		String location = Tus.location(sam.create(ellie, "about-me", "enjoy-doing", 1000));
		var times = new ArrayList<Long>();
		for (int i = 0; i < 200; i++) {
			long started = System.nanoTime();
			sam.patch(location, 0, new byte[0]);
			times.add(System.nanoTime() - started);
		}
		sam.delete(location);
		return times.stream().sorted().toList().get(times.size() / 2) / 1e6;
	}

	/**
	 * Sends half of 1 GB in one request, cuts the connection, asks where the upload is,
	 * and sends the rest from there. Checks the file is whole.
	 */
	private long resentAfterCut(Tus sam, CaseId ellie, boolean abrupt) throws Exception {
		String location = Tus.location(sam.create(ellie, "about-me", "enjoy-doing", GIGABYTE));
		long sent = GIGABYTE / 2;
		try (var socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(patchHeaders(sam, location, 0, GIGABYTE));
			try (InputStream half = bytes(sent)) {
				half.transferTo(out);
			}
			out.flush();
			if (abrupt) {
				socket.setSoLinger(true, 0);
			}
			else {
				socket.shutdownOutput();
				socket.getInputStream().readAllBytes();
			}
		}
		long offset = waitUntilFree(sam, location);
		long rest = GIGABYTE - offset;
		var response = sam.http()
			.send(sam.patching(location, offset)
				.method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
						HttpRequest.BodyPublishers.ofInputStream(() -> skip(bytes(GIGABYTE), offset)), rest)));
		if (response.statusCode() != 204 || Tus.offset(response) != GIGABYTE) {
			throw new AssertionError(response.statusCode() + " " + response.body());
		}
		var id = Tus.idOf(location);
		if (!sha256(Files.newInputStream(uploads.fileOf(id))).equals(sha256(bytes(GIGABYTE)))) {
			throw new AssertionError("The file differs from the bytes sent");
		}
		uploads.discard(id);
		return sent - offset;
	}

	/**
	 * Once the cut request has been handled, the upload is free again: an empty request
	 * from the current offset succeeds instead of 423 Locked.
	 */
	private static long waitUntilFree(Tus sam, String location) throws Exception {
		while (true) {
			long offset = Tus.offset(sam.head(location));
			if (sam.patch(location, offset, new byte[0]).statusCode() == 204) {
				return offset;
			}
			Thread.onSpinWait();
		}
	}

	private static HttpServer plainEndpoint(Path directory) throws IOException {
		var server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.createContext("/upload", exchange -> {
			byte[] bytes = new byte[64 * 1024];
			var buffer = ByteBuffer.wrap(bytes);
			try (InputStream body = exchange.getRequestBody();
					var file = FileChannel.open(directory.resolve("upload"), StandardOpenOption.CREATE,
							StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				for (int read = body.read(bytes); read >= 0; read = body.read(bytes)) {
					buffer.clear().limit(read);
					while (buffer.hasRemaining()) {
						file.write(buffer);
					}
				}
				file.force(false);
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.setExecutor(null);
		server.start();
		return server;
	}

	private byte[] patchHeaders(Tus sam, String location, long offset, long length) {
		return ("PATCH " + location + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + sam.http().credentialHeaders()
				+ "Tus-Resumable: 1.0.0\r\nUpload-Offset: " + offset + "\r\n"
				+ "Content-Type: application/offset+octet-stream\r\nContent-Length: " + length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * The same pseudo-random bytes every time, made as they are read: nothing on the
	 * heap.
	 */
	private static InputStream bytes(long length) {
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				return position < length ? BLOCK[(int) (position++ % BLOCK.length)] & 0xff : -1;
			}

			@Override
			public int read(byte[] target, int offset, int wanted) {
				if (position >= length) {
					return -1;
				}
				int at = (int) (position % BLOCK.length);
				int count = (int) Math.min(Math.min(wanted, BLOCK.length - at), length - position);
				System.arraycopy(BLOCK, at, target, offset, count);
				position += count;
				return count;
			}

			@Override
			public long skip(long wanted) {
				long skipped = Math.max(0, Math.min(wanted, length - position));
				position += skipped;
				return skipped;
			}

		};
	}

	private static InputStream skip(InputStream in, long bytes) {
		try {
			in.skipNBytes(bytes);
			return in;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sha256(InputStream in) throws Exception {
		var digest = MessageDigest.getInstance("SHA-256");
		try (in) {
			byte[] buffer = new byte[1 << 20];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static long settledHeap() {
		var memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static List<Long> rounded(List<Double> values) {
		return values.stream().map(Math::round).toList();
	}

	private static double best(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
	}

}
