package app.heard.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectionReasonTest {

	@ParameterizedTest
	@EnumSource(RejectionReason.class)
	void every_reason_has_words_for_the_family_in_the_translations(RejectionReason reason) throws IOException {
		Properties translations = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
			translations.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}

		assertThat(reason.translationKey()).startsWith("media.rejected.");
		assertThat(translations.getProperty(reason.translationKey())).isNotBlank().endsWith(".");
	}

	@Test
	void the_words_are_specific_and_say_what_to_do_next() {
		assertThat(RejectionReason.DAMAGED_VIDEO.englishMessage())
			.isEqualTo("We couldn't open this video. It may be damaged. Try recording it again.");
		assertThat(new ProcessingOutcome.Rejected(RejectionReason.TOO_LONG, java.util.List.of(30L)).englishMessage())
			.isEqualTo("This recording is longer than 30 minutes, which is the longest we can keep."
					+ " Try recording a shorter one, or split it into parts.");
		assertThat(RejectionReason.NOT_A_SUPPORTED_TYPE.translationKey())
			.isEqualTo("media.rejected.not-a-supported-type");
	}

}
