package app.heard.upload;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One upload: random, and the only name its file on disk has. */
public record UploadId(UUID value) implements Serializable {

	public UploadId {
		Objects.requireNonNull(value, "value");
	}

	/** Reads an id from a URL; anything malformed is simply no upload. */
	public static Optional<UploadId> parse(String text) {
		try {
			return Optional.of(new UploadId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
