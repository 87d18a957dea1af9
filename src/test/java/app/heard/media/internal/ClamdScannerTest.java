package app.heard.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.heard.media.MalwareScanner;
import app.heard.media.ScanVerdict;
import app.heard.media.ScanVerdict.Infected;
import app.heard.media.ScanVerdict.Reason;
import app.heard.media.ScanVerdict.Unavailable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClamdScanner} against a real clamd ({@link TestClamd}) and against servers that
 * misbehave the ways a scanner can: gone, silent, not reading, not clamd.
 */
class ClamdScannerTest {

	private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);

	@TempDir
	static Path work;

	private static TestClamd clamd;

	private static Path signed;

	@BeforeAll
	static void startClamd() throws IOException {
		// Longer than one chunk, and not a whole number of them, so the framing is
		// exercised
		signed = randomFile("signed.bin", 3 * ClamdScanner.CHUNK_BYTES + 123, 1);
		clamd = TestClamd.start(Files.createDirectory(work.resolve("clamd")), signed);
	}

	@AfterAll
	static void stopClamd() {
		if (clamd != null) {
			clamd.close();
		}
	}

	@Test
	void a_file_matching_a_signature_is_infected_and_the_signature_named() {
		assertThat(scanner(clamd.port()).scan(signed)).isEqualTo(new Infected(TestClamd.REPORTED_SIGNATURE));
	}

	@Test
	void any_other_file_is_clean_even_one_differing_by_a_single_byte() throws IOException {
		byte[] content = Files.readAllBytes(signed);
		content[content.length - 1] ^= 1;
		Path other = Files.write(work.resolve("other.bin"), content);

		assertThat(scanner(clamd.port()).scan(other)).isEqualTo(ScanVerdict.CLEAN);
	}

	@Test
	void a_file_longer_than_clamd_accepts_is_unavailable_never_clean() throws IOException {
		Path large = randomFile("large.bin", 2 * TestClamd.STREAM_MAX_BYTES, 2);

		assertThat(scanner(clamd.port()).scan(large)).isInstanceOfSatisfying(Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).isEqualTo(Reason.TOO_LARGE));
	}

	@Test
	void a_file_clamd_would_not_read_to_the_end_is_unavailable_never_clean() throws IOException {
		Path partly = randomFile("partly.bin", TestClamd.FILE_MAX_BYTES + 1000, 3);

		assertThat(scanner(clamd.port()).scan(partly)).isInstanceOfSatisfying(Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).isEqualTo(Reason.NOT_FULLY_SCANNED));
	}

	@Test
	void a_stopped_clamd_is_unavailable_at_once() throws IOException {
		Path other = randomFile("for-stopped.bin", 1000, 4);
		int port;
		try (var own = TestClamd.start(Files.createDirectory(work.resolve("stopped")), signed)) {
			port = own.port();
			assertThat(scanner(port).scan(other)).isEqualTo(ScanVerdict.CLEAN);
		}

		long started = System.nanoTime();
		ScanVerdict verdict = scanner(port).scan(other);

		assertThat(verdict).isInstanceOfSatisfying(Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).isEqualTo(Reason.DOWN));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SHORT_TIMEOUT);
	}

	@Test
	void a_server_that_reads_everything_and_never_answers_is_unavailable_within_the_timeout() throws IOException {
		try (var silent = new FakeServer((in, out) -> in.transferTo(OutputStream.nullOutputStream()))) {
			assertTimesOut(silent.port(), randomFile("to-silent.bin", 1000, 5));
		}
	}

	@Test
	void a_server_that_stops_reading_is_unavailable_within_the_timeout() throws IOException {
		// Far more than loopback buffers hold, so sending blocks
		try (var stuck = new FakeServer((in, out) -> {
		})) {
			assertTimesOut(stuck.port(), randomFile("to-stuck.bin", 32 * 1024 * 1024, 6));
		}
	}

	@Test
	void a_clean_answer_before_the_whole_file_was_sent_is_never_clean() throws IOException {
		try (var hasty = new FakeServer((in, out) -> {
			in.readNBytes(100_000);
			out.write("stream: OK\0".getBytes(StandardCharsets.US_ASCII));
			in.transferTo(OutputStream.nullOutputStream());
		})) {
			assertThat(scanner(hasty.port()).scan(randomFile("to-hasty.bin", 8 * 1024 * 1024, 7)))
				.isInstanceOfSatisfying(Unavailable.class,
						unavailable -> assertThat(unavailable.reason()).isEqualTo(Reason.PROTOCOL_ERROR));
		}
	}

	@Test
	void a_server_that_is_not_clamd_is_unavailable() throws IOException {
		int size = 1000;
		try (var web = new FakeServer((in, out) -> {
			// The whole request (command, one chunk, the empty chunk), then an answer and
			// close
			in.readNBytes("zINSTREAM\0".length() + 4 + size + 4);
			out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.close();
		})) {
			assertThat(scanner(web.port()).scan(randomFile("to-web.bin", size, 8))).isInstanceOfSatisfying(
					Unavailable.class,
					unavailable -> assertThat(unavailable.reason()).isEqualTo(Reason.PROTOCOL_ERROR));
		}
	}

	@Test
	void without_a_host_nothing_is_scanned_or_even_read() {
		var scanner = new ClamdScanner(new ClamavProperties("", 3310, SHORT_TIMEOUT, SHORT_TIMEOUT));

		assertThat(scanner.scan(work.resolve("does-not-exist"))).isEqualTo(ScanVerdict.NOT_CONFIGURED);
	}

	@Test
	void a_file_we_cannot_read_is_our_failure_not_a_verdict() {
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> scanner(clamd.port()).scan(work.resolve("does-not-exist")));
	}

	private static void assertTimesOut(int port, Path file) {
		long started = System.nanoTime();
		// Preemptively: a scanner that hangs must fail, not hang the build
		ScanVerdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scanner(port).scan(file));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(verdict).isInstanceOfSatisfying(Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).isEqualTo(Reason.TIMEOUT));
		assertThat(took).isBetween(SHORT_TIMEOUT, SHORT_TIMEOUT.multipliedBy(3));
	}

	private static MalwareScanner scanner(int port) {
		return new ClamdScanner(new ClamavProperties("127.0.0.1", port, SHORT_TIMEOUT, SHORT_TIMEOUT));
	}

	private static Path randomFile(String name, int size, long seed) throws IOException {
		byte[] content = new byte[size];
		new Random(seed).nextBytes(content);
		return Files.write(work.resolve(name), content);
	}

	/**
	 * Accepts connections and lets {@code handler} speak on each; connections stay open
	 * until the server closes, whether the handler read them or not.
	 */
	private static final class FakeServer implements AutoCloseable {

		private final ServerSocket server;

		private final List<Socket> connections = new CopyOnWriteArrayList<>();

		FakeServer(Handler handler) throws IOException {
			this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
			Thread.ofVirtual().start(() -> {
				while (!this.server.isClosed()) {
					try {
						Socket connection = this.server.accept();
						this.connections.add(connection);
						Thread.ofVirtual().start(() -> speak(connection, handler));
					}
					catch (IOException closed) {
						return;
					}
				}
			});
		}

		int port() {
			return this.server.getLocalPort();
		}

		private static void speak(Socket connection, Handler handler) {
			try {
				handler.speak(connection.getInputStream(), connection.getOutputStream());
			}
			catch (IOException gone) {
				// The scanner closed its end
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			for (Socket connection : this.connections) {
				connection.close();
			}
		}

		interface Handler {

			void speak(InputStream in, OutputStream out) throws IOException;

		}

	}

}
