package app.heard.upload.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * The {@code Upload-Metadata} header: comma-separated {@code key base64(value)} pairs.
 */
final class TusMetadata {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/**
	 * Control and formatting characters (such as right-to-left overrides) disguise names.
	 */
	private static final Pattern UNSHOWABLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

	private static final int MAX_FILENAME = 255;

	private TusMetadata() {
	}

	static Map<String, String> parse(String header) {
		var values = new LinkedHashMap<String, String>();
		if (header == null || header.isBlank()) {
			return values;
		}
		for (String pair : header.split(",")) {
			String[] parts = pair.trim().split(" ", -1);
			if (parts.length > 2 || !KEY.matcher(parts[0]).matches()) {
				throw bad("Malformed Upload-Metadata");
			}
			String value;
			try {
				value = parts.length == 2 ? new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8)
						: "";
			}
			catch (IllegalArgumentException ex) {
				throw bad("Upload-Metadata value of " + parts[0] + " is not base64");
			}
			if (values.put(parts[0], value) != null) {
				throw bad("Upload-Metadata repeats " + parts[0]);
			}
		}
		return values;
	}

	static String format(Map<String, String> values) {
		var header = new StringBuilder();
		values.forEach((key, value) -> {
			if (!header.isEmpty()) {
				header.append(',');
			}
			header.append(key)
				.append(' ')
				.append(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
		});
		return header.toString();
	}

	/**
	 * A name to show back to the person: no folders, nothing unprintable, at most 255
	 * characters.
	 */
	static Optional<String> displayFilename(String sent) {
		if (sent == null) {
			return Optional.empty();
		}
		String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
		name = UNSHOWABLE.matcher(name).replaceAll("").strip();
		if (name.codePointCount(0, name.length()) > MAX_FILENAME) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_FILENAME));
		}
		return name.isEmpty() ? Optional.empty() : Optional.of(name);
	}

	private static TusException bad(String message) {
		return new TusException(HttpStatus.BAD_REQUEST, message);
	}

}
