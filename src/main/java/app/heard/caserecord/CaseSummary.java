package app.heard.caserecord;

import app.heard.statutory.KeyDate;
import java.util.Optional;

/** One line in a person's list of cases; {@code settingName} is null when withheld. */
public record CaseSummary(CaseId id, String childName, String settingName, CaseRole myRole, Optional<ReviewStage> stage,
		Optional<KeyDate> nextDate, boolean anythingLate) {
}
