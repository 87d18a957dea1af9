package app.heard.caserecord;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a restriction keeps from the person: the whole case, or named details of it.
 *
 * @param noAccess the person cannot see the case at all
 * @param hidden the details withheld when they can; empty exactly when {@code noAccess}
 */
public record RestrictionScope(boolean noAccess, Set<RestrictedField> hidden) {

	public RestrictionScope {
		Objects.requireNonNull(hidden, "hidden");
		hidden = hidden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hidden));
		if (noAccess == !hidden.isEmpty()) {
			throw new IllegalArgumentException("A restriction is either no access or hides at least one detail");
		}
	}

	public static RestrictionScope noAccessAtAll() {
		return new RestrictionScope(true, Set.of());
	}

	public static RestrictionScope hiding(Set<RestrictedField> fields) {
		return new RestrictionScope(false, fields);
	}

	public boolean hides(RestrictedField field) {
		return noAccess || hidden.contains(field);
	}

}
