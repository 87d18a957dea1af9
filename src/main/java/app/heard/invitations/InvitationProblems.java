package app.heard.invitations;

import java.util.List;

/**
 * Why an invitation could not be made or accepted: one or more problems, each for a field
 * where the person can fix it.
 */
public class InvitationProblems extends RuntimeException {

	public enum Problem {

		NAME_MISSING("name"), EMAIL_MISSING("email"), EMAIL_INVALID("email"), ROLE_MISSING("role"),
		YOUNG_PERSON_UNDER_16("role"), ALREADY_INVOLVED(null), LINK_NOT_VALID(null), LINK_EXPIRED(null),
		LINK_USED(null);

		private final String field;

		Problem(String field) {
			this.field = field;
		}

		/** The form field to fix, when there is one. */
		public String field() {
			return field;
		}

	}

	private final List<Problem> problems;

	public InvitationProblems(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvitationProblems(Problem problem) {
		this(List.of(problem));
	}

	public List<Problem> problems() {
		return problems;
	}

}
