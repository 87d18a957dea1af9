package app.heard.media;

import static app.heard.media.TestMedia.ffmpeg;
import static app.heard.media.TestMedia.field;
import static app.heard.media.TestMedia.probe;
import static app.heard.media.TestMedia.processed;
import static app.heard.media.TestMedia.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.ProcessingOutcome.Processed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class AudioProcessingTest {

	@TempDir
	Path work;

	@TempDir
	Path out;

	@ParameterizedTest(name = "{0} ({1}) becomes AAC in M4A")
	@CsvSource({ "voice-note.ogg, OGG, libopus, ogg", "memo.m4a, MP4, aac, ipod", "song.mp3, MP3, libmp3lame, mp3",
			"recording.wav, WAV, pcm_s16le, wav" })
	void a_voice_recording_becomes_aac_in_m4a_with_its_duration(String name, DetectedType type, String codec,
			String format) {
		ffmpeg(this.work, "-f", "lavfi", "-i", "sine=f=440:d=2", "-c:a", codec, "-metadata", "artist=Jordan Taylor",
				"-metadata", "location=+51.5074-000.1278/", "-f", format, name);

		Processed processed = processed(
				TestMedia.processor(this.work).process(this.work.resolve(name), this.out, share -> {
				}));

		assertThat(processed.type()).isEqualTo(type);
		assertThat(processed.kind()).isEqualTo(MediaKind.AUDIO);
		assertThat(processed.duration()).hasValueSatisfying(
				duration -> assertThat(duration).isBetween(Duration.ofMillis(1800), Duration.ofMillis(2300)));
		Rendition audio = processed.rendition(Rendition.AUDIO).orElseThrow();
		assertThat(audio.contentType()).isEqualTo("audio/mp4");
		assertThat(audio.file().getFileName().toString()).endsWith(".m4a").doesNotContain(name);
		String probed = probe(audio.file());
		assertThat(field(probed, "streams.stream.0.codec_name")).isEqualTo("aac");
		assertThat(field(probed, "format.nb_streams")).isEqualTo("1");
		assertThat(probed).doesNotContain("Jordan", "51.5074");
	}

	/**
	 * Chromium's and Firefox's MediaRecorder write WebM as they record: no duration in
	 * the header (FFmpeg's {@code -live 1} writes the same), which the pipeline once
	 * refused as damaged.
	 */
	@Test
	void a_browser_recording_with_no_duration_in_its_header_becomes_m4a() {
		ffmpeg(this.work, "-f", "lavfi", "-i", "sine=f=440:d=2", "-c:a", "libopus", "-live", "1", "-f", "webm",
				"recorded.webm");
		assertThat(field(probe(this.work.resolve("recorded.webm")), "format.duration")).isEqualTo("N/A");

		Processed processed = processed(
				TestMedia.processor(this.work).process(this.work.resolve("recorded.webm"), this.out, share -> {
				}));

		assertThat(processed.kind()).isEqualTo(MediaKind.AUDIO);
		assertThat(processed.duration()).hasValueSatisfying(
				duration -> assertThat(duration).isBetween(Duration.ofMillis(1800), Duration.ofMillis(2300)));
		assertThat(
				field(probe(processed.rendition(Rendition.AUDIO).orElseThrow().file()), "streams.stream.0.codec_name"))
			.isEqualTo("aac");
	}

	@Test
	void a_damaged_voice_note_is_a_damaged_recording() throws IOException {
		ffmpeg(this.work, "-f", "lavfi", "-i", "sine=f=440:d=2", "-c:a", "libopus", "-f", "ogg", "note.ogg");
		byte[] whole = Files.readAllBytes(this.work.resolve("note.ogg"));
		Path broken = Files.write(this.work.resolve("broken.ogg"), Arrays.copyOf(whole, 60));

		assertThat(rejected(TestMedia.processor(this.work).process(broken, this.out, share -> {
		}))).isEqualTo(RejectionReason.DAMAGED_AUDIO);
	}

}
