package app.heard.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.DetectedType;
import app.heard.media.MediaProperties;
import app.heard.media.internal.Sandbox.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second line of defence behind content detection: FFmpeg reads untrusted input only
 * with the demuxer forced for the detected type, so a playlist cannot make it open
 * another file, even where FFmpeg's own checks (a file name ending {@code .m3u8}) would
 * let it.
 */
class ForcedDemuxerTest {

	@TempDir
	Path work;

	@TempDir
	Path out;

	@TempDir
	Path elsewhere;

	private Sandbox sandbox;

	private Path secretVideo;

	@BeforeEach
	void aSecretVideoElsewhere() throws IOException {
		var limits = MediaProperties.defaults();
		this.sandbox = new Sandbox(limits);
		Sandbox.Result made = this.sandbox.run(Program.FFMPEG, this.elsewhere, List.of("-v", "error", "-f", "lavfi",
				"-i", "testsrc2=s=320x240:r=15:d=1", "-c:v", "libx264", "-f", "mpegts", "secret.ts"), line -> {
				});
		assertThat(made.succeeded()).as(made.stderrTail()).isTrue();
		this.secretVideo = this.elsewhere.resolve("secret.ts");
	}

	@Test
	void without_a_forced_demuxer_nor_bubblewrap_ffmpeg_would_follow_the_playlist_to_the_secret() throws IOException {
		var unwrapped = new Sandbox(MediaProperties.defaults(),
				Sandbox.tools().withoutBubblewrap("switched off by the test"));
		try (Job job = Job.start(playlist(), this.work, this.out)) {
			Files.copy(job.input(), job.file("index.m3u8"));
			var output = new StringBuilder();
			Sandbox.Result result = unfollowedProbe(unwrapped, job, output);

			assertThat(result.succeeded()).isTrue();
			assertThat(output).contains("hls");
			assertThat(result.stderrTail()).doesNotContain("No such file");
		}
	}

	@Test
	void without_a_forced_demuxer_bubblewrap_still_hides_the_secret_from_the_playlist() throws IOException {
		assertThat(Sandbox.isolationSummary()).as("bubblewrap must be in force (.ci/run installs it)")
			.contains("files isolated by");
		try (Job job = Job.start(playlist(), this.work, this.out)) {
			Files.copy(job.input(), job.file("index.m3u8"));
			var output = new StringBuilder();
			Sandbox.Result result = unfollowedProbe(this.sandbox, job, output);

			assertThat(result.succeeded()).isFalse();
			assertThat(result.stderrTail()).contains("Error when loading first segment '" + this.secretVideo + "'");
			assertThat(output).doesNotContain("hls");
		}
	}

	private static Sandbox.Result unfollowedProbe(Sandbox sandbox, Job job, StringBuilder output) throws IOException {
		return sandbox.run(Program.FFPROBE, job.directory(), List.of("-v", "error", "-protocol_whitelist", "file",
				"-show_entries", "format=format_name", "-of", "flat", "index.m3u8"), output::append);
	}

	@Test
	void with_the_forced_demuxer_the_playlist_is_not_a_video() throws IOException {
		try (Job job = Job.start(playlist(), this.work, this.out)) {
			Files.copy(job.input(), job.file("index.m3u8"));

			assertThat(new Prober(this.sandbox).probe(job, "index.m3u8", DetectedType.MP4)).isEmpty();
			assertThat(new Prober(this.sandbox).probe(job, "index.m3u8", DetectedType.WEBM)).isEmpty();
			assertThat(new Prober(this.sandbox).probe(job, "index.m3u8", DetectedType.MP3)).isEmpty();
		}
	}

	@Test
	void a_playlist_passed_off_as_a_video_is_rejected_as_damaged_and_nothing_is_written() throws IOException {
		String reason = null;
		try (Job job = Job.start(playlist(), this.work, this.out)) {
			new AudioVideo(this.sandbox, MediaProperties.defaults()).process(DetectedType.MP4, job, share -> {
			});
		}
		catch (Rejection rejection) {
			reason = rejection.reason().name();
		}

		assertThat(reason).isEqualTo("DAMAGED_VIDEO");
		try (var files = Files.list(this.out)) {
			assertThat(files.toList()).isEmpty();
		}
	}

	private Path playlist() throws IOException {
		return Files.writeString(this.work.resolve("holiday.mp4"),
				"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n" + "#EXTINF:1.0,\n" + this.secretVideo
						+ "\n#EXT-X-ENDLIST\n");
	}

}
