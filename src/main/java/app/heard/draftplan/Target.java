package app.heard.draftplan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a comment is about: a section of the draft (by code), an outcome or a piece of
 * provision (by the LA's id), or one of the two requests families can make while the
 * window is open.
 */
public record Target(Kind kind, String ref) {

	public enum Kind {

		SECTION, OUTCOME, PROVISION,
		/**
		 * Reg 22(2)(a): the school or other setting the family wants named in the plan.
		 */
		NAMED_SETTING,
		/** Reg 22(2)(b): a meeting with an officer of the LA to talk about the draft. */
		MEETING

	}

	public static final Target NAMED_SETTING = new Target(Kind.NAMED_SETTING, "");

	public static final Target MEETING = new Target(Kind.MEETING, "");

	public Target {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(ref, "ref");
		if ((kind == Kind.NAMED_SETTING || kind == Kind.MEETING) != ref.isEmpty()) {
			throw new IllegalArgumentException("A request has no reference; a part of the plan has one");
		}
	}

	public static Target section(String code) {
		return new Target(Kind.SECTION, code);
	}

	public static Target outcome(String laId) {
		return new Target(Kind.OUTCOME, laId);
	}

	public static Target provision(String laId) {
		return new Target(Kind.PROVISION, laId);
	}

	public boolean isRequest() {
		return kind == Kind.NAMED_SETTING || kind == Kind.MEETING;
	}

	/**
	 * For addresses and element ids: {@code section-B}, {@code outcome-X},
	 * {@code setting}.
	 */
	public String slug() {
		return switch (kind) {
			case NAMED_SETTING -> "setting";
			case MEETING -> "meeting";
			default -> kind.name().toLowerCase(Locale.ROOT) + "-" + ref;
		};
	}

	public static Optional<Target> parse(String slug) {
		if (slug == null) {
			return Optional.empty();
		}
		if (slug.equals("setting")) {
			return Optional.of(NAMED_SETTING);
		}
		if (slug.equals("meeting")) {
			return Optional.of(MEETING);
		}
		int dash = slug.indexOf('-');
		if (dash < 1 || dash == slug.length() - 1) {
			return Optional.empty();
		}
		try {
			var kind = Kind.valueOf(slug.substring(0, dash).toUpperCase(Locale.ROOT));
			return kind == Kind.NAMED_SETTING || kind == Kind.MEETING ? Optional.empty()
					: Optional.of(new Target(kind, slug.substring(dash + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
