package app.heard.media.internal;

import app.heard.media.DetectedType;
import app.heard.media.RejectionReason;
import app.heard.media.internal.Sandbox.Program;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the sandboxed ffprobe with the type's forced demuxer and decoders. */
final class Prober {

	private static final Logger log = LoggerFactory.getLogger(Prober.class);

	private static final int MAX_OUTPUT_CHARS = 1_000_000;

	private final Sandbox sandbox;

	Prober(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	/**
	 * What ffprobe says about a file of the job; empty when it cannot read it as that
	 * type.
	 */
	Optional<MediaProbe> probe(Job job, String name, DetectedType type) throws IOException {
		List<String> args = new ArrayList<>(List.of("-v", "error", "-hide_banner", "-threads", "1"));
		args.addAll(Demuxers.input(type, name));
		args.addAll(MediaProbe.SHOW_ENTRIES);
		var out = new StringBuilder();
		Sandbox.Result result = this.sandbox.run(Program.FFPROBE, job.directory(), args, line -> {
			if (out.length() < MAX_OUTPUT_CHARS) {
				out.append(line).append('\n');
			}
		});
		limitsHit(result);
		if (!result.succeeded()) {
			log.info("ffprobe refused {} as {}: {}", name, type, result.stderrTail().strip());
			return Optional.empty();
		}
		return Optional.of(MediaProbe.parse(out.toString()));
	}

	/** A run that hit the wall-clock or processor limit is refused as taking too long. */
	static void limitsHit(Sandbox.Result result) {
		if (result.timedOut() || result.cpuLimitHit()) {
			throw new Rejection(RejectionReason.TOOK_TOO_LONG,
					result.timedOut() ? "wall-clock timeout" : "CPU limit (exit " + result.exitCode() + ")");
		}
	}

}
