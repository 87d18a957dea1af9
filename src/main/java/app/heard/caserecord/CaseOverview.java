package app.heard.caserecord;

import app.heard.statutory.KeyDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the case page shows, already checked for the signed-in person.
 *
 * @param childName the name the child prefers, for headings
 * @param childFullName given and family name
 */
public record CaseOverview(CaseId id, String childName, String childFullName, String yearGroup, String settingName,
		CaseRole myRole, Optional<LocalDate> planIssuedOn, Optional<CurrentReview> review, List<KeyDate> keyDates,
		List<PersonWithAccess> whoCanSee, String teamName) {

	public boolean anythingLate() {
		return keyDates.stream().anyMatch(KeyDate::isLate);
	}

	public record CurrentReview(ReviewStage stage, Optional<LocalDateTime> meetingAt, Optional<String> meetingPlace) {
	}

	public record PersonWithAccess(String displayName, CaseRole role, LocalDate since, boolean you) {
	}

}
