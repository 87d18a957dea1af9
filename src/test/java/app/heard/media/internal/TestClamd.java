package app.heard.media.internal;

import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real clamd from Debian's clamav-daemon, on a free loopback port, whose database is
 * one SHA-256 hash signature we make for a file (what {@code sigtool --sha256} writes):
 * the official database cannot be downloaded here, and without it clamd knows no other
 * file, not even EICAR's.
 */
public final class TestClamd implements AutoCloseable {

	/**
	 * clamd adds {@code .UNOFFICIAL} to the names of signatures that ClamAV did not sign.
	 */
	static final String SIGNATURE = "Heard.Test.Sample";

	public static final String REPORTED_SIGNATURE = SIGNATURE + ".UNOFFICIAL";

	/** clamd's {@code StreamMaxLength}: longer streams are refused. */
	static final int STREAM_MAX_BYTES = 1024 * 1024;

	/** clamd's {@code MaxFileSize}: longer files are not read to the end. */
	static final int FILE_MAX_BYTES = 512 * 1024;

	private final Process process;

	private final int port;

	private final Path log;

	private TestClamd(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts clamd in {@code directory} and returns once it answers PING. */
	public static TestClamd start(Path directory, Path signed) throws IOException {
		Path database = Files.createDirectories(directory.resolve("database"));
		Path temporary = Files.createDirectories(directory.resolve("tmp"));
		Files.writeString(database.resolve("heard-test.hsb"), hashSignature(signed));
		int port = freePort();
		// No User line: clamd then runs as whoever runs the tests, root included
		Path config = Files.write(directory.resolve("clamd.conf"),
				List.of("TCPSocket " + port, "TCPAddr 127.0.0.1", "Foreground yes", "DatabaseDirectory " + database,
						"TemporaryDirectory " + temporary, "StreamMaxLength " + STREAM_MAX_BYTES,
						"MaxFileSize " + FILE_MAX_BYTES, "MaxScanSize " + FILE_MAX_BYTES, "AlertExceedsMax yes"));
		Path log = directory.resolve("clamd.log");
		Process process = new ProcessBuilder(clamd().toString(), "--config-file=" + config).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		var clamd = new TestClamd(process, port, log);
		try {
			await("clamd answering PING on port " + port).atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(100))
				.until(clamd::answersPing);
		}
		catch (RuntimeException | Error ex) {
			clamd.close();
			throw ex;
		}
		return clamd;
	}

	public int port() {
		return this.port;
	}

	private boolean answersPing() throws IOException {
		if (!this.process.isAlive()) {
			fail("clamd exited with status %d:%n%s", this.process.exitValue(), Files.readString(this.log));
		}
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 1000);
			socket.setSoTimeout(1000);
			socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
			return "PONG\0".equals(readAll(socket.getInputStream()));
		}
		catch (IOException notYet) {
			return false;
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One line of a {@code .hsb} database: {@code sha256:size:name}. */
	private static String hashSignature(Path file) throws IOException {
		try {
			byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
			return HexFormat.of().formatHex(sha256) + ":" + Files.size(file) + ":" + SIGNATURE + "\n";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path clamd() {
		String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
		return Stream.of(path.split(":"))
			.filter(directory -> !directory.isEmpty())
			.map(directory -> Path.of(directory, "clamd"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseGet(() -> fail("clamd is not installed: install Debian's clamav-daemon (.ci/run does)"));
	}

	static int freePort() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		var bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.US_ASCII);
	}

}
