package app.heard.media;

import static app.heard.media.TestMedia.ffmpeg;
import static app.heard.media.TestMedia.files;
import static app.heard.media.TestMedia.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that pretend to be something else, or that try to make FFmpeg read files
 * elsewhere on the server. What FFmpeg does if one gets past content detection:
 * {@code internal.ForcedDemuxerTest}.
 */
class UntrustedInputTest {

	private static final String SECRET = "SECRET-7f3a9c-not-for-families";

	@TempDir
	Path work;

	@TempDir
	Path out;

	@TempDir
	Path elsewhere;

	private Path secretVideo;

	@BeforeEach
	void aSecretVideoElsewhere() {
		// A perfectly good video: if FFmpeg ever followed a playlist to it, processing
		// would succeed
		ffmpeg(this.elsewhere, "-f", "lavfi", "-i", "testsrc2=s=320x240:r=15:d=1", "-c:v", "libx264", "-metadata",
				"title=" + SECRET, "-f", "mpegts", "secret.ts");
		this.secretVideo = this.elsewhere.resolve("secret.ts");
	}

	@Test
	void a_web_page_named_like_a_photo_is_not_a_supported_type() throws IOException {
		Path html = Files.writeString(this.work.resolve("photo.jpg"),
				"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

		var outcome = TestMedia.processor(this.work).process(html, this.out, share -> {
		});

		assertThat(rejected(outcome)).isEqualTo(RejectionReason.NOT_A_SUPPORTED_TYPE);
		assertThat(((ProcessingOutcome.Rejected) outcome).englishMessage()).isEqualTo(
				"We can't use this kind of file. You can add photos, videos, voice recordings and PDF documents.");
		assertThat(files(this.out)).isEmpty();
	}

	@Test
	void an_empty_file_is_refused_as_empty() throws IOException {
		Path empty = Files.createFile(this.work.resolve("video.mp4"));

		assertThat(rejected(TestMedia.processor(this.work).process(empty, this.out, share -> {
		}))).isEqualTo(RejectionReason.EMPTY_FILE);
	}

	@Test
	void an_hls_playlist_named_like_a_video_is_refused_and_reads_nothing_elsewhere() throws IOException {
		Path playlist = Files.writeString(this.work.resolve("holiday.mp4"), hlsPlaylist());

		assertThat(rejected(TestMedia.processor(this.work).process(playlist, this.out, share -> {
		}))).isEqualTo(RejectionReason.NOT_A_SUPPORTED_TYPE);
		assertNoSecretIn(this.out);
	}

	@Test
	void a_concat_list_named_like_a_video_is_refused_and_reads_nothing_elsewhere() throws IOException {
		Path list = Files.writeString(this.work.resolve("party.mp4"),
				"ffconcat version 1.0\nfile '" + this.secretVideo + "'\n");

		assertThat(rejected(TestMedia.processor(this.work).process(list, this.out, share -> {
		}))).isEqualTo(RejectionReason.NOT_A_SUPPORTED_TYPE);
		assertNoSecretIn(this.out);
	}

	private String hlsPlaylist() {
		return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\n" + this.secretVideo
				+ "\n#EXT-X-ENDLIST\n";
	}

	private void assertNoSecretIn(Path directory) throws IOException {
		byte[] secretStart = Files.readAllBytes(this.secretVideo);
		String secretBytes = new String(secretStart, 0, Math.min(secretStart.length, 4096),
				StandardCharsets.ISO_8859_1);
		for (Path file : files(directory)) {
			String content = Files.readString(file, StandardCharsets.ISO_8859_1);
			assertThat(content).doesNotContain(SECRET).doesNotContain(secretBytes.substring(188, 376));
		}
	}

}
