package app.heard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.MediaKind;
import app.heard.media.MediaProcessor;
import app.heard.media.MediaProperties;
import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.Rendition;
import app.heard.media.TestMedia;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone's 12 MP JPEG (4000x3000, noisy, EXIF Orientation 6) to the 1600 px display JPEG
 * and the 320 px thumbnail through {@code MediaProcessor}, against {@code vipsthumbnail}
 * making the same two sizes, upright and stripped, from the same file; runs alternate in
 * the same JVM after warm-up runs of each. Prints wall time of each and their ratio (goal
 * at most 2.0), and the heap one photo takes while it is processed (goal at most 150 MB):
 * the bytes the processing thread allocates
 * ({@code ThreadMXBean.getThreadAllocatedBytes}, exact, garbage included) and the peak
 * live heap above the idle baseline (used heap right after full collections forced back
 * to back during an extra, untimed run). Needs {@code vipsthumbnail}
 * ({@code apt-get install libvips-tools}; {@code .ci/run -Pbenchmark} installs it).
 * Asserts only that both make the right pictures. Run with {@code .ci/run -Pbenchmark}.
 */
@Tag("benchmark")
class MediaImageBenchmark {

	private static final int WARM_UP = 2;

	private static final int RUNS = 7;

	private static final int MEMORY_RUNS = 2;

	@TempDir
	Path dir;

	private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private final AtomicInteger runNumber = new AtomicInteger();

	@Test
	void phone_photo_through_the_pipeline_against_vipsthumbnail() throws Exception {
		Path vips = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"), new String[] { "/usr/bin" })
			.flatMap(Stream::of)
			.map(directory -> Path.of(directory, "vipsthumbnail"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new AssertionError("MediaImageBenchmark needs vipsthumbnail: "
					+ "apt-get install libvips-tools (.ci/run -Pbenchmark installs it)"));
		Path photo = phonePhoto();
		var processor = new MediaProcessor(
				TestMedia.withWorkDirectory(MediaProperties.defaults(), this.dir.resolve("work")));

		for (int i = 0; i < WARM_UP; i++) {
			pipeline(processor, photo);
			vips(vips, photo);
		}
		String loadBefore = ChildCpu.loadAverage();
		var pipelineRuns = new ArrayList<Run>();
		var vipsRuns = new ArrayList<Run>();
		for (int i = 0; i < RUNS; i++) {
			pipelineRuns.add(pipeline(processor, photo));
			vipsRuns.add(vips(vips, photo));
		}
		String loadAfter = ChildCpu.loadAverage();
		long peakLive = 0;
		int samples = 0;
		for (int i = 0; i < MEMORY_RUNS; i++) {
			long[] live = peakLiveHeap(processor, photo);
			peakLive = Math.max(peakLive, live[0]);
			samples += (int) live[1];
		}
		report(pipelineRuns, vipsRuns, peakLive, samples, loadBefore, loadAfter, vipsVersion(vips));
	}

	/**
	 * 4000x3000 with noise on every pixel, at the size a phone's JPEG has (about 3 MB),
	 * stored landscape and tagged to be shown turned 90° clockwise, as a phone held
	 * upright writes it.
	 */
	private Path phonePhoto() {
		TestMedia.ffmpeg(this.dir, "-f", "lavfi", "-i", "testsrc2=size=4000x3000", "-vf", "noise=alls=20:allf=u",
				"-frames:v", "1", "-q:v", "3", "photo.jpg");
		Path photo = this.dir.resolve("photo.jpg");
		TestMedia.exiftool(photo, "-n", "-Orientation=6", "-Make=Apple", "-Model=iPhone 15");
		return photo;
	}

	private Run pipeline(MediaProcessor processor, Path photo) throws Exception {
		Path out = Files.createDirectories(this.dir.resolve("pipeline-" + this.runNumber.incrementAndGet()));
		long thread = Thread.currentThread().threadId();
		long allocated = this.threads.getThreadAllocatedBytes(thread);
		long cpu = this.threads.getCurrentThreadCpuTime();
		double jvm = ChildCpu.jvmSeconds();
		long started = System.nanoTime();
		var outcome = processor.process(photo, out, share -> {
		});
		long ended = System.nanoTime();
		long allocatedUsed = this.threads.getThreadAllocatedBytes(thread) - allocated;
		long cpuUsed = this.threads.getCurrentThreadCpuTime() - cpu;
		double jvmUsed = ChildCpu.jvmSeconds() - jvm;
		Processed processed = TestMedia.processed(outcome);
		assertThat(processed.kind()).isEqualTo(MediaKind.PHOTO);
		assertThat(processed.width()).isEqualTo(1200);
		assertThat(processed.height()).isEqualTo(1600);
		Path thumbnail = processed.renditions()
			.stream()
			.filter(rendition -> rendition.role().equals(Rendition.THUMBNAIL))
			.findFirst()
			.orElseThrow()
			.file();
		assertThat(size(thumbnail)).isEqualTo("240x320");
		return new Run((ended - started) / 1e9, cpuUsed / 1e9, jvmUsed, allocatedUsed);
	}

	/** The same two sizes, upright, without metadata, each straight from the photo. */
	private Run vips(Path vips, Path photo) throws Exception {
		Path out = Files.createDirectories(this.dir.resolve("vips-" + this.runNumber.incrementAndGet()));
		double cpu = ChildCpu.seconds();
		long started = System.nanoTime();
		vipsthumbnail(vips, photo, 1600, out.resolve("display.jpg") + "[Q=85,strip]");
		vipsthumbnail(vips, photo, 320, out.resolve("thumbnail.jpg") + "[Q=80,strip]");
		long ended = System.nanoTime();
		double cpuUsed = ChildCpu.seconds() - cpu;
		assertThat(size(out.resolve("display.jpg"))).isEqualTo("1200x1600");
		assertThat(size(out.resolve("thumbnail.jpg"))).isEqualTo("240x320");
		return new Run((ended - started) / 1e9, cpuUsed, 0, 0);
	}

	private static void vipsthumbnail(Path vips, Path photo, int side, String output) throws Exception {
		Process process = new ProcessBuilder(vips.toString(), photo.toString(), "--size", Integer.toString(side), "-o",
				output)
			.redirectErrorStream(true)
			.start();
		process.getOutputStream().close();
		String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("vipsthumbnail said: %s", said).isZero();
	}

	/**
	 * Peak live heap of one photo in flight, above the idle baseline: a second thread
	 * forces full collections back to back and reads the used heap after each, while this
	 * one processes the photo. A sample, so at most the true peak; returns the peak and
	 * the number of samples.
	 */
	private long[] peakLiveHeap(MediaProcessor processor, Path photo) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		var done = new AtomicBoolean();
		var peak = new AtomicLong();
		var samples = new AtomicInteger();
		Thread sampler = Thread.ofPlatform().start(() -> {
			while (!done.get()) {
				System.gc();
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				samples.incrementAndGet();
			}
		});
		try {
			pipeline(processor, photo);
		}
		finally {
			done.set(true);
			sampler.join();
		}
		return new long[] { Math.max(0, peak.get() - baseline), samples.get() };
	}

	private static String size(Path jpeg) throws Exception {
		ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
		try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
			reader.setInput(in, true, true);
			return reader.getWidth(0) + "x" + reader.getHeight(0);
		}
		finally {
			reader.dispose();
		}
	}

	private static String vipsVersion(Path vips) throws Exception {
		Process process = new ProcessBuilder(vips.toString(), "--vips-version").redirectErrorStream(true).start();
		String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		process.waitFor(10, TimeUnit.SECONDS);
		return version;
	}

	private static void report(List<Run> pipeline, List<Run> vips, long peakLive, int samples, String loadBefore,
			String loadAfter, String vipsVersion) throws Exception {
		double mb = 1024.0 * 1024.0;
		var result = new StringBuilder();
		result.append(String.format("""
				Photo, 12 MP JPEG (4000x3000, noisy, EXIF Orientation 6) -> 1600 px + 320 px JPEGs, %d runs each \
				alternating, after %d warm-up runs each:
				  wall s                    pipeline %.3f   vipsthumbnail x2 %.3f   (medians)
				  ratio pipeline / vips     wall %.2f   (goal <= 2.0)   CPU %.2f
				  CPU s                     pipeline thread %.3f (whole JVM %.3f, with GC and JIT)   vipsthumbnail %.3f
				  heap per photo in flight  peak live %.1f MB above idle (goal <= 150 MB; %d samples after forced \
				full GCs, %d runs)
				                            allocated by the processing thread %.1f MB (median, garbage included)
				""", RUNS, WARM_UP, median(pipeline, Run::wall), median(vips, Run::wall),
				median(pipeline, Run::wall) / median(vips, Run::wall),
				median(pipeline, Run::cpu) / median(vips, Run::cpu), median(pipeline, Run::cpu),
				median(pipeline, Run::jvmCpu), median(vips, Run::cpu), peakLive / mb, samples, MEMORY_RUNS,
				median(pipeline, Run::allocated) / mb));
		for (int i = 0; i < pipeline.size(); i++) {
			result.append(String.format(
					"  run %d   pipeline wall %.3f s cpu %.3f s allocated %.1f MB   vipsthumbnail wall %.3f s cpu %.3f s%n",
					i + 1, pipeline.get(i).wall(), pipeline.get(i).cpu(), pipeline.get(i).allocated() / mb,
					vips.get(i).wall(), vips.get(i).cpu()));
		}
		result.append(String.format("  load average (1 min) before %s, after %s on %d processors; %s; heap max %d MB%n",
				loadBefore, loadAfter, Runtime.getRuntime().availableProcessors(), vipsVersion,
				Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		System.out.println(result);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "media-image.txt"), result, StandardCharsets.UTF_8);
	}

	private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
		List<Double> sorted = runs.stream().map(value::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * One run: wall seconds, processor seconds (the processing thread's, or
	 * vipsthumbnail's), the JVM's, and bytes the processing thread allocated.
	 */
	private record Run(double wall, double cpu, double jvmCpu, double allocated) {
	}

}
