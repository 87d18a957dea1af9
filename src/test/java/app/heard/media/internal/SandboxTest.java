package app.heard.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.heard.media.MediaProperties;
import app.heard.media.internal.Sandbox.Program;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The limits each FFmpeg process runs under. */
class SandboxTest {

	/** Encodes a minute of 1080p: far more than a second of processor time. */
	private static final List<String> HEAVY_ENCODE = List.of("-v", "error", "-f", "lavfi", "-i",
			"testsrc2=s=1920x1080:r=30:d=60", "-c:v", "libx264", "-preset", "medium", "-f", "null", "-");

	@TempDir
	Path work;

	private final Sandbox sandbox = new Sandbox(MediaProperties.defaults());

	@Test
	void ffmpeg_is_stopped_when_it_uses_up_its_processor_time() throws IOException {
		var sandbox = new Sandbox(limits(Duration.ofSeconds(60), Duration.ofSeconds(1), DataSize.ofGigabytes(2)));

		long started = System.nanoTime();
		Sandbox.Result result = sandbox.run(Program.FFMPEG, this.work, HEAVY_ENCODE, line -> {
		});

		assertThat(result.timedOut()).isFalse();
		assertThat(result.cpuLimitHit()).as("exit %s: %s", result.exitCode(), result.stderrTail()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void ffmpeg_cannot_use_more_memory_than_allowed() throws IOException {
		var sandbox = new Sandbox(limits(Duration.ofSeconds(60), Duration.ofSeconds(30), DataSize.ofMegabytes(64)));

		Sandbox.Result result = sandbox.run(Program.FFMPEG, this.work, HEAVY_ENCODE, line -> {
		});

		assertThat(result.succeeded()).isFalse();
		assertThat(result.timedOut()).isFalse();
	}

	@Test
	void ffmpeg_cannot_reach_even_this_machine_over_the_network() throws Exception {
		assumeTrue(Sandbox.isolationSummary().contains("network isolated"), Sandbox.isolationSummary());
		try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(1000);
			var connected = new AtomicBoolean();
			Thread listener = Thread.ofVirtual().start(() -> {
				try (var socket = server.accept()) {
					connected.set(true);
				}
				catch (IOException ex) {
					// no connection within the timeout
				}
			});

			Sandbox.Result result = this.sandbox.run(Program.FFPROBE, this.work, List.of("-v", "error",
					"-protocol_whitelist", "tcp,http", "http://127.0.0.1:" + server.getLocalPort() + "/video.mp4"),
					line -> {
					});
			listener.join();

			assertThat(result.succeeded()).isFalse();
			assertThat(connected).isFalse();
		}
	}

	@Test
	void without_prlimit_the_limits_are_set_by_the_shell() throws IOException {
		Sandbox.Tools machine = Sandbox.tools();
		var shellOnly = new Sandbox.Tools(machine.ffmpeg(), machine.ffprobe(), List.of(), Optional.empty(),
				Optional.empty());
		var sandbox = new Sandbox(limits(Duration.ofSeconds(60), Duration.ofSeconds(1), DataSize.ofGigabytes(2)),
				shellOnly);

		Sandbox.Result limited = sandbox.run(Program.FFMPEG, this.work, HEAVY_ENCODE, line -> {
		});
		Sandbox.Result small = sandbox.run(Program.FFMPEG, this.work,
				List.of("-v", "error", "-f", "lavfi", "-i", "testsrc2=s=64x64:d=0.2", "-f", "null", "-"), line -> {
				});

		assertThat(limited.cpuLimitHit()).as("exit %s: %s", limited.exitCode(), limited.stderrTail()).isTrue();
		assertThat(small.succeeded()).as(small.stderrTail()).isTrue();
	}

	private MediaProperties limits(Duration timeout, Duration cpu, DataSize memory) {
		return new MediaProperties(100, 16384, Duration.ofMinutes(30), timeout, cpu, memory, 2, this.work);
	}

}
