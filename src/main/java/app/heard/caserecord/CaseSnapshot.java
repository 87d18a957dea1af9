package app.heard.caserecord;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A case as the LA's case record sends it. Every entity carries the LA's identifier and
 * the LA's version of it.
 */
public record CaseSnapshot(String laId, long laVersion, String laReference, Team team, Child child, List<Plan> plans,
		List<Review> reviews, List<Involvement> people, List<Restriction> restrictions) {

	/** A case with no restrictions on anyone. */
	public CaseSnapshot(String laId, long laVersion, String laReference, Team team, Child child, List<Plan> plans,
			List<Review> reviews, List<Involvement> people) {
		this(laId, laVersion, laReference, team, child, plans, reviews, people, List.of());
	}

	public record Team(String laId, long laVersion, String name) {
	}

	/**
	 * @param homeAddress the child's home address, when the LA sends it
	 * @param familyContact the family's telephone and email, when the LA sends them
	 */
	public record Child(String laId, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
			String yearGroup, String settingName, String settingUrn, String homeAddress, String familyContact) {

		/** A child whose address and contact details the LA does not send. */
		public Child(String laId, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
				String yearGroup, String settingName, String settingUrn) {
			this(laId, givenName, familyName, preferredName, dateOfBirth, yearGroup, settingName, settingUrn, null,
					null);
		}

	}

	public enum PlanKind {

		FINAL, DRAFT

	}

	/**
	 * @param sections section code (A, B … H1, H2 … K) to its text
	 */
	public record Plan(String laId, long laVersion, PlanKind kind, Integer draftNumber, LocalDate issuedOn,
			LocalDate servedOn, Map<String, String> sections, List<Outcome> outcomes) {
	}

	public record Outcome(String laId, long laVersion, String area, String description, String provision) {
	}

	public enum Decision {

		KEEP, AMEND, CEASE

	}

	public record Review(String laId, long laVersion, ReviewStage stage, LocalDateTime meetingAt, String meetingPlace,
			LocalDate viewsDueOn, LocalDate reportSentOn, Decision decision, LocalDate decidedOn) {
	}

	public record Involvement(String laId, long laVersion, String displayName, CaseRole role, LocalDate since,
			LocalDate endedOn) {
	}

	/**
	 * A restriction the LA's case record holds on one person involved in the case. It
	 * applies here as one recorded in the portal does; only the LA lifts it (a newer
	 * version with {@code liftedOn}).
	 *
	 * @param involvementLaId the LA's id of the restricted person's involvement in this
	 * case
	 * @param recordedBy the name of whoever recorded it at the LA
	 */
	public record Restriction(String laId, long laVersion, String involvementLaId, RestrictionReason reason,
			RestrictionScope scope, String recordedBy, LocalDate recordedOn, LocalDate liftedOn) {
	}

}
