package app.heard.views;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One submission of a set of views. */
public record SubmissionId(UUID value) implements Serializable {

	public SubmissionId {
		Objects.requireNonNull(value, "value");
	}

	/** Reads an id from a URL; anything malformed is simply no submission. */
	public static Optional<SubmissionId> parse(String text) {
		try {
			return Optional.of(new SubmissionId(UUID.fromString(text)));
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
