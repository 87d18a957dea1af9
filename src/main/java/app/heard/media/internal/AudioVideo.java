package app.heard.media.internal;

import app.heard.media.DetectedType;
import app.heard.media.MediaKind;
import app.heard.media.MediaProperties;
import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.RejectionReason;
import app.heard.media.Rendition;
import app.heard.media.internal.Sandbox.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * Videos become H.264 High + AAC in a fast-start MP4 of at most 720p, upright, with a
 * poster; sound becomes AAC in M4A. Every FFmpeg run reads with the type's forced demuxer
 * and decoders, and writes with all metadata and chapters dropped, so no location, device
 * or date tag survives.
 */
public final class AudioVideo {

	/** At most 720p: the box is 1280x720 or 720x1280, and never larger than the input. */
	private static final String SCALE = "scale=w='min(iw,if(gte(iw,ih),1280,720))':h='min(ih,if(gte(iw,ih),720,1280))'"
			+ ":force_original_aspect_ratio=decrease:force_divisible_by=2,setsar=1,format=yuv420p";

	private static final List<String> NO_METADATA = List.of("-map_metadata", "-1", "-map_metadata:s", "-1",
			"-map_chapters", "-1", "-fflags", "+bitexact", "-flags", "+bitexact");

	/** Share of the progress the transcode takes; the poster and checks take the rest. */
	private static final double TRANSCODE_SHARE = 0.9;

	/** A duration the container does not state (zero: no real recording claims it). */
	private static final Duration UNKNOWN = Duration.ZERO;

	private final Sandbox sandbox;

	private final MediaProperties limits;

	private final Prober prober;

	public AudioVideo(Sandbox sandbox, MediaProperties limits) {
		this.sandbox = sandbox;
		this.limits = limits;
		this.prober = new Prober(sandbox);
	}

	public Processed process(DetectedType type, Job job, DoubleConsumer progress) throws IOException {
		MediaProbe probe = this.prober.probe(job, Job.INPUT, type)
			.orElseThrow(() -> new Rejection(damaged(type, true), "ffprobe could not read it"));
		boolean video = type.kind().isEmpty() && probe.firstVideo().isPresent();
		if (!video && probe.firstAudio().isEmpty()) {
			throw new Rejection(damaged(type, probe.firstVideo().isPresent()), "no sound or picture stream");
		}
		// A browser's recorder (MediaRecorder, the page's "Record my voice") writes WebM
		// as it goes, with no duration in the header: the transcode finds it out, and
		// still stops at the limit
		Duration duration = probe.duration().orElse(UNKNOWN);
		if (duration.compareTo(this.limits.maxDuration()) > 0) {
			throw new Rejection(RejectionReason.TOO_LONG, duration.toString(), this.limits.maxDuration().toMinutes());
		}
		return video ? video(type, job, duration, progress) : audio(type, job, duration, progress);
	}

	/**
	 * The FFmpeg arguments of a video's transcode exactly as the pipeline runs them in
	 * the job directory: reads {@link Job#INPUT}, writes {@code video.mp4}. Public so the
	 * media benchmark can run the same encode without the pipeline around it.
	 */
	public static List<String> videoTranscodeArguments(DetectedType type, MediaProperties limits) {
		List<String> args = new ArrayList<>(common());
		args.addAll(Demuxers.input(type, Job.INPUT));
		args.addAll(List.of("-map", "0:v:0", "-map", "0:a:0?", "-sn", "-dn"));
		args.addAll(NO_METADATA);
		args.addAll(List.of("-filter_threads", "1", "-vf", SCALE, "-c:v", "libx264", "-profile:v", "high", "-preset",
				"veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-fpsmax", "30", "-c:a", "aac", "-b:a", "128k", "-ac",
				"2", "-movflags", "+faststart", "-f", "mp4", "video.mp4"));
		return stopAtMaxDuration(args, limits);
	}

	private Processed video(DetectedType type, Job job, Duration duration, DoubleConsumer progress) throws IOException {
		transcode(videoTranscodeArguments(type, this.limits), job, duration, progress, damaged(type, true));
		MediaProbe made = checkMade(job, "video.mp4", duration, damaged(type, true));
		MediaProbe.Stream picture = made.firstVideo()
			.orElseThrow(() -> new Rejection(RejectionReason.DAMAGED_VIDEO, "no picture in the output"));
		Path poster = poster(job, made.duration().orElse(duration));
		progress.accept(1.0);
		List<Rendition> renditions = List.of(job.publish(job.file("video.mp4"), Rendition.VIDEO, "mp4", "video/mp4"),
				job.publish(poster, Rendition.POSTER, "jpg", "image/jpeg"));
		return new Processed(type, MediaKind.VIDEO, renditions, made.duration().or(() -> Optional.of(duration)),
				picture.width(), picture.height());
	}

	private Processed audio(DetectedType type, Job job, Duration duration, DoubleConsumer progress) throws IOException {
		List<String> args = new ArrayList<>(common());
		args.addAll(Demuxers.input(type, Job.INPUT));
		args.addAll(List.of("-map", "0:a:0", "-vn", "-sn", "-dn"));
		args.addAll(NO_METADATA);
		args.addAll(List.of("-c:a", "aac", "-b:a", "96k", "-ac", "2", "-movflags", "+faststart", "-f", "ipod",
				"audio.m4a"));
		transcode(stopAtMaxDuration(args, this.limits), job, duration, progress, RejectionReason.DAMAGED_AUDIO);
		MediaProbe made = checkMade(job, "audio.m4a", duration, RejectionReason.DAMAGED_AUDIO);
		progress.accept(1.0);
		return new Processed(type, MediaKind.AUDIO,
				List.of(job.publish(job.file("audio.m4a"), Rendition.AUDIO, "m4a", "audio/mp4")),
				made.duration().or(() -> Optional.of(duration)), 0, 0);
	}

	/**
	 * A container can understate its duration: the output stops at the limit whatever it
	 * said. {@code -t} goes just before the output name, the last argument.
	 */
	private static List<String> stopAtMaxDuration(List<String> output, MediaProperties limits) {
		List<String> args = new ArrayList<>(output);
		args.addAll(args.size() - 1, List.of("-t", Long.toString(limits.maxDuration().toSeconds() + 1)));
		return List.copyOf(args);
	}

	private void transcode(List<String> args, Job job, Duration duration, DoubleConsumer progress,
			RejectionReason damaged) throws IOException {
		double total = Math.max(1, duration.toMillis() * 1000.0);
		progress.accept(0.0);
		Sandbox.Result result = this.sandbox.run(Program.FFMPEG, job.directory(), args, line -> {
			if (line.startsWith("out_time_us=") && !duration.isZero()) {
				try {
					double done = Long.parseLong(line.substring("out_time_us=".length()).strip()) / total;
					progress.accept(Math.clamp(done, 0.0, 1.0) * TRANSCODE_SHARE);
				}
				catch (NumberFormatException ex) {
					// "N/A" before the first frame
				}
			}
		});
		Prober.limitsHit(result);
		if (!result.succeeded()) {
			throw new Rejection(damaged, "ffmpeg exit " + result.exitCode() + ": " + result.stderrTail().strip());
		}
	}

	/**
	 * Probes our own output: a file that decoded to much less than it claimed (cut short
	 * in the middle) is damaged, not a short clip.
	 */
	private MediaProbe checkMade(Job job, String name, Duration claimed, RejectionReason damaged) throws IOException {
		if (!Files.exists(job.file(name)) || Files.size(job.file(name)) == 0) {
			throw new Rejection(damaged, "no output");
		}
		MediaProbe made = this.prober.probe(job, name, DetectedType.MP4)
			.orElseThrow(() -> new Rejection(damaged, "output unreadable"));
		Duration actual = made.duration().orElse(Duration.ZERO);
		if (actual.toMillis() < claimed.toMillis() / 2 || actual.isZero()) {
			throw new Rejection(damaged, "decoded " + actual + " of " + claimed);
		}
		if (claimed.isZero() && actual.compareTo(this.limits.maxDuration()) > 0) {
			// Stopped just past the limit (-t): longer than a recording may be
			throw new Rejection(RejectionReason.TOO_LONG, actual.toString(), this.limits.maxDuration().toMinutes());
		}
		return made;
	}

	/**
	 * A frame about a second in (the first frame is often black), from our own output.
	 */
	private Path poster(Job job, Duration duration) throws IOException {
		String at = (duration.toMillis() > 1500) ? "1" : "0";
		List<String> args = new ArrayList<>(common());
		args.addAll(List.of("-ss", at));
		args.addAll(Demuxers.input(DetectedType.MP4, "video.mp4"));
		args.addAll(List.of("-map", "0:v:0", "-frames:v", "1", "-an"));
		args.addAll(NO_METADATA);
		args.addAll(List.of("-q:v", "3", "-f", "image2", "-update", "1", "poster.jpg"));
		Sandbox.Result result = this.sandbox.run(Program.FFMPEG, job.directory(), args, line -> {
		});
		Prober.limitsHit(result);
		Path poster = job.file("poster.jpg");
		if (!result.succeeded() || !Files.exists(poster)) {
			throw new Rejection(RejectionReason.DAMAGED_VIDEO, "no poster: " + result.stderrTail().strip());
		}
		return poster;
	}

	private static List<String> common() {
		return List.of("-nostdin", "-hide_banner", "-v", "error", "-nostats", "-progress", "pipe:1", "-threads", "2",
				"-y");
	}

	/**
	 * A container that may hold video is a damaged video unless we saw it holds only
	 * sound.
	 */
	private static RejectionReason damaged(DetectedType type, boolean mayBeVideo) {
		return (type.kind().isEmpty() && mayBeVideo) ? RejectionReason.DAMAGED_VIDEO : RejectionReason.DAMAGED_AUDIO;
	}

}
