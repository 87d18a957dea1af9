package app.heard.identity;

/** The person behind the current request. */
public record SignedInPerson(PersonId id, String displayName) {
}
