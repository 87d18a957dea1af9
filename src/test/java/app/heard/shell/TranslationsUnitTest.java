package app.heard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Vaadin formats a translation with MessageFormat only when it is given arguments: then
 * an apostrophe must be doubled ({@code ''}), otherwise it must not be, or families read
 * "family''s" or lose the rest of the sentence.
 */
class TranslationsUnitTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

	@Test
	void apostrophes_are_doubled_exactly_where_the_message_takes_arguments() throws IOException {
		var translations = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
			translations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> wrong = new ArrayList<>();
		for (String key : translations.stringPropertyNames()) {
			String text = translations.getProperty(key);
			boolean formatted = PLACEHOLDER.matcher(text).find();
			String withoutDoubled = text.replace("''", "");
			if (formatted && withoutDoubled.contains("'")) {
				wrong.add(key + " takes arguments, so its apostrophes must be doubled: " + text);
			}
			if (!formatted && text.contains("''")) {
				wrong.add(key + " takes no arguments, so its apostrophes must be single: " + text);
			}
		}
		assertThat(translations).isNotEmpty();
		assertThat(wrong).isEmpty();
	}

}
