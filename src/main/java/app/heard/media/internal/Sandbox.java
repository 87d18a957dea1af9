package app.heard.media.internal;

import app.heard.media.MediaProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.ffmpeg.ffprobe;
import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs JavaCPP's bundled FFmpeg executables on untrusted input as separate, killable,
 * limited processes, never inside the JVM (docs/decisions/0007). Each run: working
 * directory = the job's private directory, an empty environment, lower priority,
 * processor-time, address-space and file-size limits, no network where the kernel lets us
 * make an empty network namespace, and a wall-clock timeout that kills the process.
 */
public final class Sandbox {

	private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

	/** Outputs never grow past this, whatever the input claims. */
	private static final long MAX_OUTPUT_FILE_BYTES = 4L << 30;

	private static final int STDERR_TAIL_CHARS = 4000;

	private static volatile Tools tools;

	private final MediaProperties limits;

	private final Tools wrappers;

	public Sandbox(MediaProperties limits) {
		this(limits, null);
	}

	/** With the given wrappers instead of this machine's, to test the fallbacks. */
	Sandbox(MediaProperties limits, Tools wrappers) {
		this.limits = limits;
		this.wrappers = wrappers;
	}

	public enum Program {

		FFMPEG, FFPROBE

	}

	/**
	 * How one run ended.
	 *
	 * @param exitCode the process's exit status (128 + signal when killed)
	 * @param timedOut the wall-clock limit was hit and the process killed
	 * @param stderrTail the end of what it wrote to standard error, for the log
	 */
	public record Result(int exitCode, boolean timedOut, String stderrTail) {

		public boolean succeeded() {
			return !this.timedOut && this.exitCode == 0;
		}

		/**
		 * The processor-time limit was hit: SIGXCPU (FFmpeg catches it and says so) or
		 * the SIGKILL that follows it.
		 */
		public boolean cpuLimitHit() {
			return this.exitCode == 128 + 24 || this.exitCode == 128 + 9 || this.stderrTail.contains("signal 24");
		}

	}

	/**
	 * Runs a program of the bundled FFmpeg in {@code workingDirectory}, giving each line
	 * of its standard output to {@code stdout}.
	 */
	public Result run(Program program, Path workingDirectory, List<String> arguments, Consumer<String> stdout)
			throws IOException {
		Tools found = (this.wrappers != null) ? this.wrappers : tools();
		List<String> command = new ArrayList<>(found.prefix(this.limits));
		command.add(((program == Program.FFMPEG) ? found.ffmpeg() : found.ffprobe()).toString());
		command.addAll(arguments);
		var builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		var environment = builder.environment();
		environment.clear();
		environment.put("LD_LIBRARY_PATH", found.ffmpeg().getParent().toString());
		environment.put("PATH", "/usr/bin:/bin");
		environment.put("HOME", workingDirectory.toString());
		environment.put("LC_ALL", "C");
		Process process = builder.start();
		process.getOutputStream().close();
		var stderr = new StringBuilder();
		Thread errors = Thread.ofVirtual().start(() -> drainTail(process.getErrorStream(), stderr));
		Thread output = Thread.ofVirtual().start(() -> drainLines(process.getInputStream(), stdout));
		boolean finished;
		try {
			finished = process.waitFor(this.limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
			if (!finished) {
				kill(process);
			}
			output.join(Duration.ofSeconds(10));
			errors.join(Duration.ofSeconds(10));
		}
		catch (InterruptedException ex) {
			kill(process);
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while FFmpeg ran", ex);
		}
		String tail;
		synchronized (stderr) {
			tail = stderr.toString();
		}
		return new Result(finished ? process.exitValue() : -1, !finished, tail);
	}

	private static void kill(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void drainLines(InputStream in, Consumer<String> lines) {
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				lines.accept(line);
			}
		}
		catch (IOException ex) {
			// The process was killed; what it said so far is all there is
		}
	}

	private static void drainTail(InputStream in, StringBuilder tail) {
		drainLines(in, line -> {
			synchronized (tail) {
				tail.append(line).append('\n');
				if (tail.length() > STDERR_TAIL_CHARS) {
					tail.delete(0, tail.length() - STDERR_TAIL_CHARS);
				}
			}
		});
	}

	/** Which isolation this machine gives, decided once and logged. */
	public static String isolationSummary() {
		return tools().summary();
	}

	static Tools tools() {
		Tools found = tools;
		if (found == null) {
			synchronized (Sandbox.class) {
				found = tools;
				if (found == null) {
					found = Tools.detect();
					log.info("Media processing runs {}", found.summary());
					tools = found;
				}
			}
		}
		return found;
	}

	/** The executables and the wrappers this machine has. */
	record Tools(Path ffmpeg, Path ffprobe, List<String> network, Optional<Path> nice, Optional<Path> prlimit) {

		static Tools detect() {
			Path ffmpegPath = Path.of(Loader.load(ffmpeg.class));
			Path ffprobePath = Path.of(Loader.load(ffprobe.class));
			Optional<Path> unshare = onPath("unshare");
			List<String> network = List.of();
			if (unshare.isPresent()) {
				for (List<String> candidate : List.of(List.of(unshare.get().toString(), "--net"),
						List.of(unshare.get().toString(), "--map-root-user", "--net"))) {
					if (works(candidate)) {
						network = candidate;
						break;
					}
				}
			}
			return new Tools(ffmpegPath, ffprobePath, network, onPath("nice"), onPath("prlimit"));
		}

		List<String> prefix(MediaProperties limits) {
			List<String> prefix = new ArrayList<>(this.network);
			this.nice.ifPresent(path -> prefix.addAll(List.of(path.toString(), "-n", "10")));
			long cpuSeconds = Math.max(1, limits.cpuTime().toSeconds());
			long memory = limits.memory().toBytes();
			if (this.prlimit.isPresent()) {
				// Soft limit sends SIGXCPU (FFmpeg stops), the hard one SIGKILL two
				// seconds on
				prefix.addAll(List.of(this.prlimit.get().toString(), "--cpu=" + cpuSeconds + ":" + (cpuSeconds + 2),
						"--as=" + memory, "--fsize=" + MAX_OUTPUT_FILE_BYTES, "--core=0", "--"));
			}
			else {
				// POSIX sh takes one limit per ulimit; -v is in KiB, -f in 512-byte
				// blocks
				prefix.addAll(List.of(
						"/bin/sh", "-c", "ulimit -t " + cpuSeconds + " && ulimit -v " + (memory / 1024)
								+ " && ulimit -f " + (MAX_OUTPUT_FILE_BYTES / 512) + " && ulimit -c 0 && exec \"$@\"",
						"heard-media"));
			}
			return prefix;
		}

		String summary() {
			return "as separate FFmpeg processes (" + this.ffmpeg.getParent() + "), network "
					+ (this.network.isEmpty() ? "NOT isolated (unshare unavailable or not permitted)"
							: "isolated by " + String.join(" ", this.network))
					+ ", limits by " + (this.prlimit.isPresent() ? "prlimit" : "sh ulimit")
					+ (this.nice.isPresent() ? ", nice 10" : "");
		}

		private static boolean works(List<String> wrapper) {
			try {
				List<String> command = new ArrayList<>(wrapper);
				command.add(onPath("true").map(Path::toString).orElse("/bin/true"));
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				if (!process.waitFor(5, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					return false;
				}
				return process.exitValue() == 0;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		private static Optional<Path> onPath(String name) {
			String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + ":/usr/bin:/bin:/usr/sbin:/sbin";
			return Stream.of(path.split(":"))
				.filter(dir -> !dir.isBlank())
				.map(dir -> Path.of(dir, name))
				.filter(Files::isExecutable)
				.findFirst();
		}

	}

}
