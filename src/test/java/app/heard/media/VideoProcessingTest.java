package app.heard.media;

import static app.heard.media.TestMedia.ffmpeg;
import static app.heard.media.TestMedia.field;
import static app.heard.media.TestMedia.files;
import static app.heard.media.TestMedia.metadataTags;
import static app.heard.media.TestMedia.probe;
import static app.heard.media.TestMedia.processed;
import static app.heard.media.TestMedia.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.ProcessingOutcome.Processed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoProcessingTest {

	private static final String LONDON = "+51.5074-000.1278/";

	@TempDir
	static Path media;

	@TempDir
	Path out;

	@TempDir
	Path work;

	/**
	 * A phone's portrait clip: HEVC stored landscape with a 90° display matrix, and where
	 * it was filmed.
	 */
	static Path portraitMov;

	static Path webm;

	@BeforeAll
	static void makeMedia() {
		ffmpeg(media, "-f", "lavfi", "-i", "testsrc2=s=1920x1080:r=15:d=2", "-f", "lavfi", "-i", "sine=f=440:d=2",
				"-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error", "-tag:v", "hvc1", "-c:a",
				"aac", "-shortest", "landscape.mov");
		ffmpeg(media, "-display_rotation:v:0", "90", "-i", "landscape.mov", "-c", "copy", "-movflags",
				"use_metadata_tags", "-metadata", "location=" + LONDON, "-metadata",
				"com.apple.quicktime.location.ISO6709=" + LONDON, "-metadata", "make=Apple", "-metadata",
				"model=iPhone 15", "-metadata", "creation_time=2026-11-20T10:00:00Z", "IMG_0001.MOV");
		portraitMov = media.resolve("IMG_0001.MOV");
		ffmpeg(media, "-f", "lavfi", "-i", "testsrc2=s=640x360:r=15:d=2", "-f", "lavfi", "-i", "sine=f=300:d=2", "-c:v",
				"libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k", "-c:a", "libopus", "-shortest",
				"-f", "webm", "clip.webm");
		webm = media.resolve("clip.webm");
	}

	@Test
	void the_test_clip_really_is_portrait_hevc_with_a_location() {
		String probed = probe(portraitMov);
		assertThat(field(probed, "streams.stream.0.codec_name")).isEqualTo("hevc");
		assertThat(probed).contains("rotation=90", "location=\"" + LONDON + "\"", "ISO6709", "make=\"Apple\"");
	}

	@Test
	void a_portrait_phone_video_becomes_upright_h264_at_720p_with_no_location_or_device() throws IOException {
		var shares = new CopyOnWriteArrayList<Double>();
		Processed processed = processed(TestMedia.processor(this.work).process(portraitMov, this.out, shares::add));

		assertThat(processed.kind()).isEqualTo(MediaKind.VIDEO);
		assertThat(processed.type()).isEqualTo(DetectedType.MP4);
		assertThat(processed.width()).isEqualTo(720);
		assertThat(processed.height()).isEqualTo(1280);
		assertThat(processed.duration()).hasValueSatisfying(
				duration -> assertThat(duration).isBetween(Duration.ofMillis(1800), Duration.ofMillis(2300)));
		Path video = processed.rendition(Rendition.VIDEO).orElseThrow().file();
		String probed = probe(video);
		assertThat(field(probed, "streams.stream.0.codec_name")).isEqualTo("h264");
		assertThat(field(probed, "streams.stream.0.profile")).isEqualTo("High");
		assertThat(field(probed, "streams.stream.0.pix_fmt")).isEqualTo("yuv420p");
		assertThat(field(probed, "streams.stream.1.codec_name")).isEqualTo("aac");
		assertThat(Integer.parseInt(field(probed, "streams.stream.0.height")))
			.isGreaterThan(Integer.parseInt(field(probed, "streams.stream.0.width")));
		assertThat(probed.toLowerCase()).doesNotContain("rotation", "displaymatrix", "side_data", "+51.5074", "iso6709",
				"apple", "iphone");
		assertThat(probed.lines().filter(line -> line.contains(".tags.")))
			.noneMatch(tag -> tag.matches("(?i).*(location|make|model|creation_time|date|gps).*"));
		assertThat(Files.readString(video, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("+51.5074",
				"iPhone");
		assertThat(probed).contains("format.format_name=\"mov,mp4,m4a,3gp,3g2,mj2\"");
		assertThat(faststart(video)).as("moov before mdat").isTrue();

		Path poster = processed.rendition(Rendition.POSTER).orElseThrow().file();
		assertThat(processed.rendition(Rendition.POSTER).orElseThrow().contentType()).isEqualTo("image/jpeg");
		var image = javax.imageio.ImageIO.read(poster.toFile());
		assertThat(image.getHeight()).isGreaterThan(image.getWidth());
		assertThat(metadataTags(poster)).noneMatch(tag -> tag.startsWith("[IFD") || tag.startsWith("[GPS")
				|| tag.startsWith("[XMP") || tag.startsWith("[ExifIFD"));

		assertThat(shares).isNotEmpty().isSorted();
		assertThat(shares.getLast()).isEqualTo(1.0);
		assertThat(shares).anyMatch(share -> share > 0.1 && share < 0.95);
		assertThat(files(this.out)).containsExactlyInAnyOrder(video, poster);
		assertThat(video.getFileName().toString()).doesNotContain("IMG_0001");
		assertThat(files(this.work)).as("job directory removed").isEmpty();
	}

	@Test
	void a_webm_with_vp9_and_opus_becomes_h264_and_aac() {
		Processed processed = processed(TestMedia.processor(this.work).process(webm, this.out, share -> {
		}));

		assertThat(processed.type()).isEqualTo(DetectedType.WEBM);
		assertThat(processed.kind()).isEqualTo(MediaKind.VIDEO);
		assertThat(List.of(processed.width(), processed.height())).containsExactly(640, 360);
		String probed = probe(processed.rendition(Rendition.VIDEO).orElseThrow().file());
		assertThat(field(probed, "streams.stream.0.codec_name")).isEqualTo("h264");
		assertThat(field(probed, "streams.stream.1.codec_name")).isEqualTo("aac");
	}

	@Test
	void a_video_cut_off_half_way_is_a_damaged_video() throws IOException {
		ffmpeg(this.out.getParent(), "-f", "lavfi", "-i", "testsrc2=s=320x240:r=15:d=2", "-c:v", "libx264", "-f", "mp4",
				this.work.resolve("whole.mp4").toString());
		byte[] whole = Files.readAllBytes(this.work.resolve("whole.mp4"));
		Path half = Files.write(this.work.resolve("half.mp4"), java.util.Arrays.copyOf(whole, whole.length / 2));

		assertThat(rejected(TestMedia.processor(this.work).process(half, this.out, share -> {
		}))).isEqualTo(RejectionReason.DAMAGED_VIDEO);
		assertThat(files(this.out)).isEmpty();
	}

	@Test
	void a_video_longer_than_the_limit_is_too_long() {
		var limits = TestMedia.withWorkDirectory(MediaProperties.defaults(), this.work)
			.withMaxDuration(Duration.ofSeconds(1));

		var outcome = new MediaProcessor(limits).process(webm, this.out, share -> {
		});

		assertThat(rejected(outcome)).isEqualTo(RejectionReason.TOO_LONG);
		assertThat(((ProcessingOutcome.Rejected) outcome).englishMessage()).contains("longer than 0 minutes");
	}

	@Test
	void ffmpeg_is_killed_when_it_runs_past_the_time_limit() throws IOException {
		var limits = TestMedia.withWorkDirectory(MediaProperties.defaults(), this.work)
			.withTimeout(Duration.ofMillis(300));

		long started = System.nanoTime();
		var outcome = new MediaProcessor(limits).process(portraitMov, this.out, share -> {
		});

		assertThat(rejected(outcome)).isEqualTo(RejectionReason.TOOK_TOO_LONG);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(files(this.out)).isEmpty();
		assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("ffmpeg")))
			.as("no FFmpeg left running")
			.isEmpty();
	}

	@Test
	void a_video_file_with_no_picture_is_a_voice_recording() throws IOException {
		ffmpeg(this.work, "-f", "lavfi", "-i", "sine=f=500:d=2", "-c:a", "aac", "-f", "mp4", "sound.mp4");

		Processed processed = processed(
				TestMedia.processor(this.work).process(this.work.resolve("sound.mp4"), this.out, share -> {
				}));

		assertThat(processed.kind()).isEqualTo(MediaKind.AUDIO);
		assertThat(processed.renditions()).extracting(Rendition::role).containsExactly(Rendition.AUDIO);
	}

	/**
	 * A fast-start MP4 has its index (moov) before the media data (mdat), so phones can
	 * play it while it loads.
	 */
	private static boolean faststart(Path mp4) throws IOException {
		String head = new String(Files.readAllBytes(mp4), 0, (int) Math.min(Files.size(mp4), 65536),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		int moov = head.indexOf("moov");
		int mdat = head.indexOf("mdat");
		return moov >= 0 && (mdat < 0 || moov < mdat);
	}

}
