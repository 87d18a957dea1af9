package app.heard.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.MediaProperties;
import app.heard.media.internal.Sandbox.Program;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
		// Required, not assumed: .ci/run installs bubblewrap, which takes the network
		// away
		// (and unshare does where bwrap is refused); a machine with neither fails here
		assertThat(Sandbox.isolationSummary()).as("the sandbox's isolation").contains("network isolated");
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
		var shellOnly = new Sandbox.Tools(machine.ffmpeg(), machine.ffprobe(), Optional.empty(), "test", List.of(),
				Optional.empty(), Optional.empty());
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

	@Test
	void ffmpeg_cannot_open_a_file_outside_its_job_directory_and_can_open_the_one_inside(@TempDir Path elsewhere,
			@TempDir Path out) throws IOException {
		assertThat(Sandbox.isolationSummary())
			.as("bubblewrap must isolate FFmpeg's files on this machine (.ci/run installs it: apt-get install bubblewrap)")
			.contains("files isolated by");
		Sandbox.Result made = this.sandbox.run(Program.FFMPEG, elsewhere,
				List.of("-v", "error", "-f", "lavfi", "-i", "sine=f=440:d=0.5", "-f", "wav", "secret.wav"), line -> {
				});
		assertThat(made.succeeded()).as(made.stderrTail()).isTrue();
		Path secret = elsewhere.resolve("secret.wav").toAbsolutePath();

		try (Job job = Job.start(secret, this.work, out)) {
			Probe outside = probe(this.sandbox, job, secret.toString());
			Probe inside = probe(this.sandbox, job, Job.INPUT);
			Probe withoutBubblewrap = probe(new Sandbox(MediaProperties.defaults(),
					Sandbox.tools().withoutBubblewrap("switched off by the test")), job, secret.toString());

			assertThat(outside.result().succeeded()).as("FFmpeg read %s: %s", secret, outside.output()).isFalse();
			assertThat(outside.result().stderrTail()).contains("No such file or directory");
			assertThat(inside.result().succeeded()).as(inside.result().stderrTail()).isTrue();
			assertThat(inside.output()).contains("wav");
			// The same file is readable to FFmpeg outside the sandbox: the sandbox hid it
			assertThat(withoutBubblewrap.result().succeeded()).as(withoutBubblewrap.result().stderrTail()).isTrue();
			assertThat(withoutBubblewrap.output()).contains("wav");
		}
	}

	@Test
	void ffmpeg_cannot_open_the_portals_own_files() throws IOException {
		assertThat(Sandbox.isolationSummary()).contains("files isolated by");
		Path portalFile = Path.of("pom.xml").toAbsolutePath();
		assertThat(portalFile).isReadable();

		Sandbox.Result result = this.sandbox.run(Program.FFPROBE, this.work,
				List.of("-v", "error", "-f", "data", portalFile.toString()), line -> {
				});

		assertThat(result.succeeded()).as("FFmpeg opened %s", portalFile).isFalse();
		assertThat(result.stderrTail()).contains("No such file or directory");
	}

	@Test
	void ffmpeg_past_its_time_is_killed_with_the_whole_sandbox() throws Exception {
		var sandbox = new Sandbox(limits(Duration.ofSeconds(1), Duration.ofSeconds(60), DataSize.ofGigabytes(2)));
		String marker = "heard-kill-test-" + UUID.randomUUID();
		List<String> args = new ArrayList<>(HEAVY_ENCODE);
		args.addAll(args.size() - 1, List.of("-metadata", "comment=" + marker));

		Sandbox.Result result = sandbox.run(Program.FFMPEG, this.work, args, line -> {
		});

		assertThat(result.timedOut()).isTrue();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (running(marker) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(running(marker)).as("an FFmpeg or bwrap of the killed run still runs").isFalse();
	}

	private static boolean running(String marker) {
		return ProcessHandle.allProcesses()
			.anyMatch(process -> process.info().commandLine().orElse("").contains(marker));
	}

	private record Probe(Sandbox.Result result, String output) {
	}

	private static Probe probe(Sandbox sandbox, Job job, String input) throws IOException {
		var output = new StringBuilder();
		Sandbox.Result result = sandbox.run(Program.FFPROBE, job.directory(), List.of("-v", "error",
				"-protocol_whitelist", "file", "-show_entries", "format=format_name", "-of", "flat", input),
				output::append);
		return new Probe(result, output.toString());
	}

	private MediaProperties limits(Duration timeout, Duration cpu, DataSize memory) {
		return new MediaProperties(100, 16384, Duration.ofMinutes(30), timeout, cpu, memory, 2, this.work);
	}

}
