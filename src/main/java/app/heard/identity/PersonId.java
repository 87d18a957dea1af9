package app.heard.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A person known to the portal, whatever their role in any case. */
public record PersonId(UUID value) implements Serializable {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	public static PersonId of(String value) {
		return new PersonId(UUID.fromString(value));
	}

}
