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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * processor-time, address-space and file-size limits, a wall-clock timeout that kills the
 * process, and, where bubblewrap works, a sandbox in which the job directory is the only
 * folder of ours that exists and there is no network (else no network where the kernel
 * lets us make an empty network namespace).
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
		Path executable = (program == Program.FFMPEG) ? found.ffmpeg() : found.ffprobe();
		Path directory = workingDirectory.toAbsolutePath().normalize();
		Map<String, String> environment = Tools.environment(found.ffmpeg(), directory);
		List<String> command = new ArrayList<>(found.prefix(this.limits, directory, environment));
		command.add(executable.toString());
		command.addAll(arguments);
		var builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().clear();
		builder.environment().putAll(environment);
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

	/**
	 * The executables and the wrappers this machine has.
	 *
	 * @param bwrap bubblewrap, when it was found and ran a trivial FFmpeg command in a
	 * sandbox at start-up: then FFmpeg sees no file but the system's, its own and the job
	 * directory's, and has no network
	 * @param bwrapRefused why bubblewrap is not used, for the start-up log
	 * @param network {@code unshare} for a network namespace, used only without
	 * bubblewrap
	 */
	record Tools(Path ffmpeg, Path ffprobe, Optional<Path> bwrap, String bwrapRefused, List<String> network,
			Optional<Path> nice, Optional<Path> prlimit) {

		/**
		 * The system folders FFmpeg loads libraries from besides {@code /usr} (links into
		 * it on a merged-/usr system).
		 */
		private static final List<String> LIBRARY_FOLDERS = List.of("/lib", "/lib64", "/lib32", "/libx32");

		static Tools detect() {
			Path ffmpegPath = Path.of(Loader.load(ffmpeg.class));
			Path ffprobePath = Path.of(Loader.load(ffprobe.class));
			Optional<Path> bwrap = onPath("bwrap");
			String refused = "bwrap not installed";
			if (bwrap.isPresent()) {
				refused = bubblewrapRefuses(bwrap.get(), ffmpegPath);
				if (refused != null) {
					bwrap = Optional.empty();
				}
			}
			Optional<Path> unshare = onPath("unshare");
			List<String> network = List.of();
			if (bwrap.isEmpty() && unshare.isPresent()) {
				for (List<String> candidate : List.of(List.of(unshare.get().toString(), "--net"),
						List.of(unshare.get().toString(), "--map-root-user", "--net"))) {
					List<String> command = new ArrayList<>(candidate);
					command.add(onPath("true").map(Path::toString).orElse("/bin/true"));
					if (works(command).isEmpty()) {
						network = candidate;
						break;
					}
				}
			}
			return new Tools(ffmpegPath, ffprobePath, bwrap, refused, network, onPath("nice"), onPath("prlimit"));
		}

		/**
		 * Why bubblewrap cannot run FFmpeg here (a container's seccomp profile or a
		 * kernel that refuses user namespaces), or null when it can: probed once with
		 * {@code ffmpeg -version} in the very sandbox every run gets.
		 */
		private static String bubblewrapRefuses(Path bwrap, Path ffmpegPath) {
			Path probe = null;
			try {
				probe = Files.createTempDirectory("heard-media-probe-");
				List<String> command = new ArrayList<>(
						bubblewrap(bwrap, ffmpegPath, probe.toAbsolutePath(), environment(ffmpegPath, probe)));
				command.addAll(List.of(ffmpegPath.toString(), "-hide_banner", "-version"));
				return works(command).map(why -> "bwrap refused: " + why).orElse(null);
			}
			catch (IOException ex) {
				return "bwrap not tried: " + ex.getMessage();
			}
			finally {
				if (probe != null) {
					try {
						Files.deleteIfExists(probe);
					}
					catch (IOException ex) {
						// An empty folder in the temporary directory
					}
				}
			}
		}

		/**
		 * The environment FFmpeg runs with: nothing of the portal's (no database
		 * passwords), only where its libraries are.
		 */
		static Map<String, String> environment(Path ffmpegPath, Path workingDirectory) {
			var environment = new LinkedHashMap<String, String>();
			environment.put("LD_LIBRARY_PATH", ffmpegPath.getParent().toString());
			environment.put("PATH", "/usr/bin:/bin");
			environment.put("HOME", workingDirectory.toString());
			environment.put("LC_ALL", "C");
			return environment;
		}

		/**
		 * A bubblewrap sandbox in which only the system's folders (read-only), FFmpeg's
		 * own folder (read-only) and the job directory exist: no home directory, no
		 * uploads, no renditions, no other job. {@code --unshare-all} without
		 * {@code --share-net} leaves it no network; {@code --die-with-parent} ends it if
		 * the portal dies.
		 */
		static List<String> bubblewrap(Path bwrap, Path ffmpegPath, Path job, Map<String, String> environment) {
			List<String> command = new ArrayList<>(List.of(bwrap.toString(), "--unshare-all", "--die-with-parent",
					"--new-session", "--clearenv", "--ro-bind", "/usr", "/usr"));
			for (String folder : LIBRARY_FOLDERS) {
				Path path = Path.of(folder);
				if (Files.isSymbolicLink(path)) {
					try {
						// Merged /usr: /lib is a link to usr/lib
						command.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), folder));
					}
					catch (IOException ex) {
						// Unreadable link: FFmpeg goes without it
					}
				}
				else if (Files.isDirectory(path)) {
					command.addAll(List.of("--ro-bind", folder, folder));
				}
			}
			// The dynamic linker's cache of where the system libraries are
			command.addAll(List.of("--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache", "--proc", "/proc", "--dev",
					"/dev", "--tmpfs", "/tmp"));
			String ffmpegFolder = ffmpegPath.getParent().toAbsolutePath().toString();
			command.addAll(List.of("--ro-bind", ffmpegFolder, ffmpegFolder));
			// Last, so it is bound over the fresh /tmp when it is below /tmp
			command.addAll(List.of("--bind", job.toString(), job.toString(), "--chdir", job.toString()));
			environment.forEach((name, value) -> command.addAll(List.of("--setenv", name, value)));
			command.add("--");
			return command;
		}

		/**
		 * What goes before the FFmpeg executable: priority and limits first (bubblewrap
		 * then runs under them too, and drops the capabilities that could raise them),
		 * then the sandbox.
		 */
		List<String> prefix(MediaProperties limits, Path job, Map<String, String> environment) {
			List<String> prefix = new ArrayList<>();
			if (this.bwrap.isEmpty()) {
				prefix.addAll(this.network);
			}
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
			this.bwrap.ifPresent(path -> prefix.addAll(bubblewrap(path, this.ffmpeg, job, environment)));
			return prefix;
		}

		/** The same, but as on a machine where bubblewrap is refused. */
		Tools withoutBubblewrap(String why) {
			return new Tools(this.ffmpeg, this.ffprobe, Optional.empty(), why, this.network, this.nice, this.prlimit);
		}

		String summary() {
			String isolation = this.bwrap.map(path -> "files isolated by " + path
					+ " (FFmpeg sees only the system folders, its own and the job directory), network isolated by bwrap --unshare-all")
				.orElseGet(() -> "files NOT isolated (" + this.bwrapRefused + "), network "
						+ (this.network.isEmpty() ? "NOT isolated (unshare unavailable or not permitted)"
								: "isolated by " + String.join(" ", this.network)));
			return "as separate FFmpeg processes (" + this.ffmpeg.getParent() + "), " + isolation + ", limits by "
					+ (this.prlimit.isPresent() ? "prlimit" : "sh ulimit") + (this.nice.isPresent() ? ", nice 10" : "");
		}

		/** Empty when the command ran and exited 0, else what went wrong. */
		private static Optional<String> works(List<String> command) {
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
				var said = new StringBuilder();
				Thread reader = Thread.ofVirtual().start(() -> drainTail(process.getInputStream(), said));
				if (!process.waitFor(5, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					return Optional.of("no answer in 5 seconds");
				}
				reader.join(Duration.ofSeconds(2));
				if (process.exitValue() == 0) {
					return Optional.empty();
				}
				String firstLine;
				synchronized (said) {
					firstLine = said.toString().lines().findFirst().orElse("");
				}
				return Optional.of("exit " + process.exitValue() + ": " + firstLine);
			}
			catch (IOException ex) {
				return Optional.of(ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.of("interrupted");
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
