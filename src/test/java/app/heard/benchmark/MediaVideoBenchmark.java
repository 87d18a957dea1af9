package app.heard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.DetectedType;
import app.heard.media.MediaKind;
import app.heard.media.MediaProcessor;
import app.heard.media.MediaProperties;
import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.Rendition;
import app.heard.media.TestMedia;
import app.heard.media.internal.AudioVideo;
import app.heard.media.internal.Job;
import app.heard.media.internal.Sandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone's 1080p30 video through the whole media pipeline ({@code MediaProcessor}: copy
 * into the job directory, content sniffing, ffprobe, the sandboxed transcode, ffprobe of
 * the output, the poster), against one run of the same bundled ffmpeg with the pipeline's
 * own transcode arguments ({@link AudioVideo#videoTranscodeArguments}) and no sandbox, on
 * the same file; runs alternate in the same JVM. Prints processor seconds of the FFmpeg
 * processes per second of video (kernel accounting of reaped children, see
 * {@link ChildCpu}), wall time, and pipeline/direct ratios. Goal: pipeline/direct at most
 * 1.10. Asserts only that the pipeline works. Run with {@code .ci/run -Pbenchmark}.
 */
@Tag("benchmark")
class MediaVideoBenchmark {

	private static final int SECONDS = 20;

	private static final int RUNS = 3;

	@TempDir
	Path dir;

	@Test
	void phone_video_through_the_pipeline_against_ffmpeg_alone() throws Exception {
		Path input = phoneVideo();
		MediaProperties limits = TestMedia.withWorkDirectory(MediaProperties.defaults(), this.dir.resolve("work"));
		var processor = new MediaProcessor(limits);
		// Decides the sandbox wrappers (it starts a few processes) before anything is
		// measured
		String sandbox = Sandbox.isolationSummary();
		List<String> direct = AudioVideo.videoTranscodeArguments(DetectedType.MP4, limits);

		String loadBefore = ChildCpu.loadAverage();
		var pipelineRuns = new ArrayList<Run>();
		var directRuns = new ArrayList<Run>();
		for (int run = 0; run < RUNS; run++) {
			pipelineRuns.add(pipeline(processor, input, run));
			directRuns.add(direct(direct, input, run, pipelineRuns.getLast().videoSeconds()));
		}
		report(sandbox, direct, pipelineRuns, directRuns, loadBefore, ChildCpu.loadAverage());
	}

	/**
	 * 1080p30 H.264 High at a phone's 16 Mbit/s with moving noise on every frame (so it
	 * does not compress to nothing) and 48 kHz stereo AAC.
	 */
	private Path phoneVideo() {
		TestMedia.ffmpeg(this.dir, "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30:duration=" + SECONDS, "-f",
				"lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + SECONDS, "-vf",
				"noise=alls=20:allf=t+u", "-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "high", "-pix_fmt",
				"yuv420p", "-b:v", "16M", "-maxrate", "16M", "-bufsize", "32M", "-g", "30", "-c:a", "aac", "-b:a",
				"192k", "-ac", "2", "-shortest", "-movflags", "+faststart", "phone.mp4");
		return this.dir.resolve("phone.mp4");
	}

	private Run pipeline(MediaProcessor processor, Path input, int run) throws Exception {
		Path out = Files.createDirectories(this.dir.resolve("pipeline-" + run));
		// When the transcode starts (after copy, sniffing and the first ffprobe) and when
		// its last progress line came (it is written as FFmpeg finishes)
		var transcodeStarted = new AtomicLong();
		var transcodeEnded = new AtomicLong();
		var cpuBeforeTranscode = new double[1];
		double cpu = ChildCpu.seconds();
		double jvm = ChildCpu.jvmSeconds();
		long started = System.nanoTime();
		var outcome = processor.process(input, out, share -> {
			long now = System.nanoTime();
			if (share == 0.0 && transcodeStarted.get() == 0) {
				cpuBeforeTranscode[0] = ChildCpu.seconds();
				transcodeStarted.set(now);
			}
			else if (share < 1.0) {
				transcodeEnded.set(now);
			}
		});
		long ended = System.nanoTime();
		double cpuUsed = ChildCpu.seconds() - cpu;
		double jvmUsed = ChildCpu.jvmSeconds() - jvm;
		Processed processed = TestMedia.processed(outcome);
		assertThat(processed.kind()).isEqualTo(MediaKind.VIDEO);
		assertThat(processed.renditions()).extracting(Rendition::role)
			.containsExactlyInAnyOrder(Rendition.VIDEO, Rendition.POSTER);
		assertThat(processed.width()).isEqualTo(1280);
		assertThat(processed.height()).isEqualTo(720);
		double videoSeconds = processed.duration().orElseThrow().toMillis() / 1000.0;
		return new Run(cpuUsed, (ended - started) / 1e9, videoSeconds, jvmUsed,
				(transcodeStarted.get() - started) / 1e9, (transcodeEnded.get() - transcodeStarted.get()) / 1e9,
				(ended - transcodeEnded.get()) / 1e9, cpuBeforeTranscode[0] - cpu);
	}

	/**
	 * The bundled ffmpeg alone, as one would type it: the pipeline's transcode arguments
	 * in a directory holding the input as {@code input}, and nothing around it.
	 */
	private Run direct(List<String> arguments, Path input, int run, double videoSeconds) throws Exception {
		Path work = Files.createDirectories(this.dir.resolve("direct-" + run));
		Files.copy(input, work.resolve(Job.INPUT));
		List<String> command = new ArrayList<>();
		command.add(TestMedia.FFMPEG);
		command.addAll(arguments);
		var builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(work.resolve("stderr.txt").toFile());
		builder.environment().put("LD_LIBRARY_PATH", Path.of(TestMedia.FFMPEG).getParent().toString());
		double cpu = ChildCpu.seconds();
		double jvm = ChildCpu.jvmSeconds();
		long started = System.nanoTime();
		Process process = builder.start();
		process.getOutputStream().close();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		long ended = System.nanoTime();
		double cpuUsed = ChildCpu.seconds() - cpu;
		double jvmUsed = ChildCpu.jvmSeconds() - jvm;
		assertThat(process.exitValue()).as(Files.readString(work.resolve("stderr.txt"))).isZero();
		assertThat(work.resolve("video.mp4")).isNotEmptyFile();
		double wall = (ended - started) / 1e9;
		return new Run(cpuUsed, wall, videoSeconds, jvmUsed, 0, wall, 0, 0);
	}

	private static void report(String sandbox, List<String> direct, List<Run> pipeline, List<Run> reference,
			String loadBefore, String loadAfter) throws Exception {
		var result = new StringBuilder();
		result.append(String.format("""
				Video, %d s of 1080p30 H.264 at 16 Mbit/s with noise + AAC -> 720p H.264 + poster, %d runs each, \
				alternating:
				  FFmpeg CPU s per video s  pipeline %.3f   direct ffmpeg %.3f   (children of the JVM, user+sys)
				  wall s                    pipeline %.2f   direct ffmpeg %.2f
				  ratio pipeline / direct   CPU %.3f   wall %.3f   (goal <= 1.10; medians)
				""", SECONDS, RUNS, median(pipeline, Run::cpuPerVideoSecond), median(reference, Run::cpuPerVideoSecond),
				median(pipeline, Run::wall), median(reference, Run::wall),
				median(pipeline, Run::cpu) / median(reference, Run::cpu),
				median(pipeline, Run::wall) / median(reference, Run::wall)));
		result.append(String.format(
				"  pipeline wall by step (median s)   before transcode (copy, sniff, ffprobe) %.2f   transcode %.2f"
						+ "   after (ffprobe of output, poster, publish) %.2f%n",
				median(pipeline, Run::before), median(pipeline, Run::transcode), median(pipeline, Run::after)));
		result.append(String.format(
				"  pipeline CPU beyond direct (difference of medians) %.2f s, of which the first ffprobe %.2f s%n",
				median(pipeline, Run::cpu) - median(reference, Run::cpu), median(pipeline, Run::cpuBefore)));
		result.append(String.format("  JVM's own CPU s per run (median)   pipeline %.2f   direct %.2f%n",
				median(pipeline, Run::jvmCpu), median(reference, Run::jvmCpu)));
		for (int i = 0; i < pipeline.size(); i++) {
			result.append(String.format(
					"  run %d   pipeline CPU %.2f s wall %.2f s (video %.2f s)   direct CPU %.2f s wall %.2f s%n",
					i + 1, pipeline.get(i).cpu(), pipeline.get(i).wall(), pipeline.get(i).videoSeconds(),
					reference.get(i).cpu(), reference.get(i).wall()));
		}
		result.append("  load average (1 min) before ")
			.append(loadBefore)
			.append(", after ")
			.append(loadAfter)
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" processors\n");
		result.append("  sandbox: ").append(sandbox).append('\n');
		result.append("  direct: ffmpeg ").append(String.join(" ", direct)).append('\n');
		System.out.println(result);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "media-video.txt"), result, StandardCharsets.UTF_8);
	}

	private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
		List<Double> sorted = runs.stream().map(value::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * One run: children's CPU seconds, wall seconds, and for the pipeline its steps.
	 */
	private record Run(double cpu, double wall, double videoSeconds, double jvmCpu, double before, double transcode,
			double after, double cpuBefore) {

		double cpuPerVideoSecond() {
			return this.cpu / this.videoSeconds;
		}

	}

}
