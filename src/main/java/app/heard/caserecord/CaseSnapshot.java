package app.heard.caserecord;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case as the LA's case record sends it. Every entity carries the LA's identifier and
 * the LA's version of it.
 *
 * @param commentResponses the LA's responses to comments families sent on a draft plan
 * ("you said, we did"), keyed by the portal's id of the comment
 */
public record CaseSnapshot(String laId, long laVersion, String laReference, Team team, Child child, List<Plan> plans,
		List<Review> reviews, List<Involvement> people, List<CommentResponse> commentResponses) {

	/** A case with no responses to comments (yet). */
	public CaseSnapshot(String laId, long laVersion, String laReference, Team team, Child child, List<Plan> plans,
			List<Review> reviews, List<Involvement> people) {
		this(laId, laVersion, laReference, team, child, plans, reviews, people, List.of());
	}

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

	/**
	 * An outcome in section E.
	 *
	 * @param provision the provision as one piece of text, as older records send it
	 * @param needSection the section of need it meets: B (education), C (health) or D
	 * (social care)
	 * @param steps the steps towards it, in order
	 * @param provisions who provides what, how often and for how long, each from section
	 * F, G, H1 or H2
	 */
	public record Outcome(String laId, long laVersion, String area, String description, String provision,
			String needSection, List<String> steps, List<Provision> provisions) {

		/** An educational outcome with its provision as text only. */
		public Outcome(String laId, long laVersion, String area, String description, String provision) {
			this(laId, laVersion, area, description, provision, "B", List.of(), List.of());
		}

	}

	/**
	 * One piece of provision for an outcome. The LA's id stays the same across drafts, so
	 * a comment can name it.
	 *
	 * @param section F, G, H1 or H2
	 */
	public record Provision(String laId, String section, String what, String who, String howOften, String howLong) {
	}

	/**
	 * The LA's answer to one comment.
	 *
	 * @param commentId the portal's id of the comment ({@code DraftComment.id})
	 * @param detail what was changed, or why not; nothing when simply accepted
	 */
	public record CommentResponse(UUID commentId, long laVersion, ResponseKind kind, String detail) {
	}

	public enum ResponseKind {

		ACCEPTED, CHANGED, NOT_CHANGED

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
