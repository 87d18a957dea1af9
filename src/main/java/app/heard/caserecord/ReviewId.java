package app.heard.caserecord;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One annual review of a case. */
public record ReviewId(UUID value) implements Serializable {

	public ReviewId {
		Objects.requireNonNull(value, "value");
	}

}
