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
		List<Review> reviews, List<Involvement> people) {

	public record Team(String laId, long laVersion, String name) {
	}

	public record Child(String laId, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
			String yearGroup, String settingName, String settingUrn) {
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

}
