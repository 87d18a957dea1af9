package app.heard.media;

import static app.heard.media.TestMedia.ffmpeg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCommandTest {

	@TempDir
	Path work;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void support_staff_see_the_exact_words_a_family_was_shown() throws IOException {
		Path html = Files.writeString(this.work.resolve("photo.jpg"), "<html><body>hello</body></html>");

		int status = run("media", "process", html.toString(), this.work.resolve("out").toString());

		assertThat(status).isEqualTo(1);
		assertThat(output()).contains("Detected type: none")
			.contains("NOT_A_SUPPORTED_TYPE", "media.rejected.not-a-supported-type")
			.contains("The family sees: We can't use this kind of file. You can add photos, videos, voice recordings"
					+ " and PDF documents.");
	}

	@Test
	void support_staff_see_the_type_and_the_renditions_written() {
		ffmpeg(this.work, "-f", "lavfi", "-i", "testsrc2=s=640x480", "-frames:v", "1", "-c:v", "png", "-f", "image2",
				"upload");
		Path outDir = this.work.resolve("out");

		int status = run("media", "process", this.work.resolve("upload").toString(), outDir.toString());

		assertThat(status).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(output()).contains("Detected type: PNG", "processed as PHOTO, 640x480", "display: " + outDir,
				"thumbnail: " + outDir, "image/jpeg");
	}

	@Test
	void a_wrong_command_prints_how_to_use_it() {
		assertThat(run("media", "transcode")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("media process <file> <output-directory>");
	}

	private int run(String... args) {
		return MediaCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
