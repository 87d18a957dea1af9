package app.heard.caserecord;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A court order or safeguarding concern restricting one person involved in a case, as the
 * co-ordinator sees it.
 *
 * @param person the involvement restricted (the LA's record of that person in this case)
 * @param source who recorded it: the LA's case record or the portal; the portal lifts
 * only its own
 * @param recordedBy the name of whoever recorded it
 */
public record Restriction(UUID id, UUID person, String personName, CaseRole personRole, RestrictionReason reason,
		RestrictionScope scope, Source source, String recordedBy, Instant recordedAt, Optional<Instant> liftedAt,
		Optional<String> liftedBy) {

	public boolean active() {
		return liftedAt.isEmpty();
	}

	/** Only the portal's own: one the LA recorded is lifted in the LA's case record. */
	public boolean liftableHere() {
		return active() && source == Source.PORTAL;
	}

	public enum Source {

		LA, PORTAL

	}

}
