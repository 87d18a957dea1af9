package app.heard.caserecord;

import app.heard.caserecord.CaseSnapshot.ResponseKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The draft plan served on a family for comment, as the LA sent it, with the LA's
 * responses to comments on it.
 *
 * @param id the portal's id of this draft, which comments refer to
 * @param sections section code (A … K) to its text; a section not sent is absent
 * @param responses the LA's responses by the portal's comment id
 * @param withheld section codes kept from this person by a restriction (section I names
 * the school or setting); their text is not in {@code sections}, so it never reaches the
 * person's browser or PDF
 */
public record DraftPlan(UUID id, CaseId caseId, int draftNumber, LocalDate servedOn, Map<String, String> sections,
		List<Outcome> outcomes, Map<UUID, Response> responses, Set<String> withheld) {

	public DraftPlan {
		withheld = Set.copyOf(withheld);
	}

	/** Whether this section is kept from the person, rather than empty. */
	public boolean withholds(String code) {
		return withheld.contains(code);
	}

	/** The sections in the groups families know them by (A; B, E and F; …). */
	public static final List<List<String>> GROUPS = List.of(List.of("A"), List.of("B", "E", "F"),
			List.of("C", "E", "G"), List.of("D", "E", "H1", "H2"), List.of("I"), List.of("J"), List.of("K"));

	/** The need section (B, C or D) whose group shows an outcome. */
	public List<Outcome> outcomesFor(String needSection) {
		return outcomes.stream().filter(outcome -> outcome.needSection().equals(needSection)).toList();
	}

	public Optional<String> section(String code) {
		return Optional.ofNullable(sections.get(code)).filter(text -> !text.isBlank());
	}

	/**
	 * @param provisionText provision as one piece of text, when the LA sent it so
	 */
	public record Outcome(String laId, String area, String description, String needSection, List<String> steps,
			List<Provision> provisions, String provisionText) {
	}

	public record Provision(String laId, String section, String what, String who, String howOften, String howLong) {
	}

	public record Response(ResponseKind kind, Optional<String> detail) {
	}

}
