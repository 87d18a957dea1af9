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
 * @param restrictions court orders and safeguarding restrictions the LA holds on people
 * involved
 * @param commentResponses the LA's responses to comments families sent on a draft plan
 * ("you said, we did"), keyed by the portal's id of the comment
 */
public record CaseSnapshot(String laId, long laVersion, String laReference, Team team, Child child, List<Plan> plans,
		List<Review> reviews, List<Involvement> people, List<Restriction> restrictions,
		List<CommentResponse> commentResponses) {

	/** A case with no restrictions on anyone and no responses to comments (yet). */
	public CaseSnapshot(String laId, long laVersion, String laReference, Team team, Child child, List<Plan> plans,
			List<Review> reviews, List<Involvement> people) {
		this(laId, laVersion, laReference, team, child, plans, reviews, people, List.of(), List.of());
	}

	public record Team(String laId, long laVersion, String name) {
	}

	/**
	 * @param homeAddress the child's home address, when the LA sends it
	 * @param familyContact the family's telephone and email, when the LA sends them
	 * @param upn the child's Unique Pupil Number (13 characters, a check letter first),
	 * when the LA has one
	 * @param uln the young person's Unique Learner Number (10 digits), when the LA has
	 * one
	 * @param primaryNeed the SEN2 code of the child's primary need ({@link SenType});
	 * kept as sent even when the portal does not know it
	 * @param secondaryNeed the SEN2 code of the child's secondary need, if any
	 */
	public record Child(String laId, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
			String yearGroup, String settingName, String settingUrn, String homeAddress, String familyContact,
			String upn, String uln, String primaryNeed, String secondaryNeed) {

		/** A child whose address and contact details the LA does not send. */
		public Child(String laId, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
				String yearGroup, String settingName, String settingUrn) {
			this(laId, givenName, familyName, preferredName, dateOfBirth, yearGroup, settingName, settingUrn, null,
					null);
		}

		/** A child without the DfE's identifiers and need codes. */
		public Child(String laId, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
				String yearGroup, String settingName, String settingUrn, String homeAddress, String familyContact) {
			this(laId, givenName, familyName, preferredName, dateOfBirth, yearGroup, settingName, settingUrn,
					homeAddress, familyContact, null, null, null, null);
		}

		/** The same child with the DfE's identifiers and need codes. */
		public Child withSen2(String upn, String uln, String primaryNeed, String secondaryNeed) {
			return new Child(laId, givenName, familyName, preferredName, dateOfBirth, yearGroup, settingName,
					settingUrn, homeAddress, familyContact, upn, uln, primaryNeed, secondaryNeed);
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

	/**
	 * @param email where the LA's case record says to reach the person; the address they
	 * sign in with wins over it (decision 0016). Never logged: left out of
	 * {@link #toString()}
	 */
	public record Involvement(String laId, long laVersion, String displayName, CaseRole role, LocalDate since,
			LocalDate endedOn, String email) {

		/** A person whose email address the LA does not send. */
		public Involvement(String laId, long laVersion, String displayName, CaseRole role, LocalDate since,
				LocalDate endedOn) {
			this(laId, laVersion, displayName, role, since, endedOn, null);
		}

		@Override
		public String toString() {
			return "Involvement[laId=" + laId + ", laVersion=" + laVersion + ", role=" + role + ", since=" + since
					+ ", endedOn=" + endedOn + ", email=" + (email == null ? "none" : "(withheld)") + "]";
		}

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
