package app.heard.caserecord;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A child's case in this portal. Not the LA's reference, which families never need to
 * type.
 */
public record CaseId(UUID value) implements Serializable {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	/** Reads an id from a URL; anything malformed is simply no case. */
	public static Optional<CaseId> parse(String text) {
		try {
			return Optional.of(new CaseId(UUID.fromString(text)));
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
