package app.heard.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processor time of this JVM's finished child processes, as the kernel accounts it: the
 * {@code cutime} and {@code cstime} fields of {@code /proc/self/stat}, which are
 * {@code getrusage(RUSAGE_CHILDREN)}. A child counts once it has exited and been reaped
 * (the JDK's process reaper does that before {@code Process.waitFor} returns), with every
 * descendant it reaped itself; wrappers that exec ({@code unshare}, {@code nice},
 * {@code prlimit}) are the same process as the FFmpeg they start. Nothing is sampled, so
 * a short-lived ffprobe is counted as exactly as a long transcode; the resolution is one
 * clock tick (10 ms on Linux). Only meaningful while nothing else in this JVM starts
 * processes, as in a benchmark.
 */
final class ChildCpu {

	private static final double TICK_SECONDS = 1.0 / clockTicksPerSecond();

	private ChildCpu() {
	}

	/** User plus system seconds of every child reaped so far. */
	static double seconds() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
			// The command name, field 2, is in parentheses and may contain spaces
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
			// fields[0] is field 3 (state); cutime and cstime are fields 16 and 17
			return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * TICK_SECONDS;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Child CPU time needs Linux's /proc", ex);
		}
	}

	/** This JVM's own processor time (every thread, children not included). */
	static double jvmSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	/** The 1-minute load average, to show how busy the machine was. */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static long clockTicksPerSecond() {
		try {
			Process process = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
			process.waitFor();
			return Long.parseLong(out);
		}
		catch (IOException | NumberFormatException ex) {
			return 100;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 100;
		}
	}

}
