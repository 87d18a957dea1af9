package app.heard.caserecord;

import app.heard.statutory.KeyDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the case page shows, already checked for the signed-in person. Details a
 * restriction withholds from them ({@link RestrictedField}) are null here, and a withheld
 * school or address takes the meeting place with it: they never leave the server.
 *
 * @param childName the name the child prefers, for headings
 * @param childFullName given and family name
 * @param settingName null when not known or withheld
 * @param homeAddress the child's home address; null when not known or withheld
 * @param familyContact the family's telephone and email; null when not known or withheld
 * @param needs the child's primary and secondary need, in that order, as far as the LA
 * sent SEN2 codes the portal knows; empty when none
 */
public record CaseOverview(CaseId id, String childName, String childFullName, String yearGroup, String settingName,
		String homeAddress, String familyContact, List<SenType> needs, CaseRole myRole,
		Optional<LocalDate> planIssuedOn, Optional<CurrentReview> review, List<KeyDate> keyDates,
		List<PersonWithAccess> whoCanSee, String teamName) {

	public boolean anythingLate() {
		return keyDates.stream().anyMatch(KeyDate::isLate);
	}

	public record CurrentReview(ReviewStage stage, Optional<LocalDateTime> meetingAt, Optional<String> meetingPlace) {
	}

	public record PersonWithAccess(String displayName, CaseRole role, LocalDate since, boolean you) {
	}

}
