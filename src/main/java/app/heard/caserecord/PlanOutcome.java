package app.heard.caserecord;

/**
 * An outcome in the child's current plan (section E), as a family is asked about it.
 *
 * @param laId the LA's identifier, which stays the same when the LA sends a new version
 * of the plan
 * @param area the area of need, such as "Communication and interaction"
 */
public record PlanOutcome(String laId, String area, String description) {
}
