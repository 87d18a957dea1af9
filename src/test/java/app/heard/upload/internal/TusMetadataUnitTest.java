package app.heard.upload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class TusMetadataUnitTest {

	@Test
	void reads_what_tus_js_client_sends() {
		// tus-js-client: key, one space, base64 of the UTF-8 value; pairs joined by
		// commas
		assertThat(TusMetadata.parse("kind YWJvdXQtbWU=,filename RWxsaWUncyBkcmF3aW5nLmpwZw==,empty"))
			.containsEntry("kind", "about-me")
			.containsEntry("filename", "Ellie's drawing.jpg")
			.containsEntry("empty", "");
		assertThat(TusMetadata.parse(null)).isEmpty();
	}

	@Test
	void writes_what_it_reads() {
		var values = new LinkedHashMap<String, String>();
		values.put("question", "enjoy-doing");
		values.put("filename", "Zoë's video.mp4");
		assertThat(TusMetadata.parse(TusMetadata.format(values))).isEqualTo(values);
	}

	@Test
	void refuses_malformed_repeated_and_undecodable_pairs() {
		assertThatThrownBy(() -> TusMetadata.parse("kind a b")).isInstanceOf(TusException.class);
		assertThatThrownBy(() -> TusMetadata.parse("kind YQ==,kind Yg==")).isInstanceOf(TusException.class);
		assertThatThrownBy(() -> TusMetadata.parse("kind !!!")).isInstanceOf(TusException.class);
		assertThatThrownBy(() -> TusMetadata.parse("k\u00e9y YQ==")).isInstanceOf(TusException.class);
	}

	@Test
	void a_display_filename_keeps_no_folders_nothing_unprintable_and_at_most_255_characters() {
		assertThat(TusMetadata.displayFilename("../../etc/passwd")).hasValue("passwd");
		assertThat(TusMetadata.displayFilename("C:\\Users\\jo\\photo.jpg")).hasValue("photo.jpg");
		// A right-to-left override would show "photo_gpj.exe" as "photo_exe.jpg"
		assertThat(TusMetadata.displayFilename("photo_\u202egpj.exe")).hasValue("photo_gpj.exe");
		assertThat(TusMetadata.displayFilename("line\nbreak\u0000.png")).hasValue("linebreak.png");
		assertThat(TusMetadata.displayFilename("  ")).isEmpty();
		assertThat(TusMetadata.displayFilename(null)).isEmpty();
		String emoji = "\uD83D\uDE00".repeat(300);
		assertThat(TusMetadata.displayFilename(emoji).orElseThrow()).hasSize(510)
			.satisfies(name -> assertThat(name.codePointCount(0, name.length())).isEqualTo(255));
	}

}
