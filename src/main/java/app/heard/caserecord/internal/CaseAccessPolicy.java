package app.heard.caserecord.internal;

import app.heard.caserecord.CaseRole;
import app.heard.identity.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-case check: what role, if any, a person holds in a case today. Involvement
 * comes from the LA's record (and later invitations); a co-ordinator sees every case of
 * their team.
 */
@Component
@Transactional(readOnly = true)
class CaseAccessPolicy {

	private final InvolvementRepository involvements;

	private final TeamMembershipRepository memberships;

	CaseAccessPolicy(InvolvementRepository involvements, TeamMembershipRepository memberships) {
		this.involvements = involvements;
		this.memberships = memberships;
	}

	Optional<CaseRole> roleIn(CaseEntity kase, PersonId person, LocalDate today) {
		var involved = involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> person.value().equals(i.getPersonId()) && i.activeOn(today))
			.map(InvolvementEntity::getRole)
			.findFirst();
		if (involved.isPresent()) {
			return involved;
		}
		return memberships.existsByTeamIdAndPersonId(kase.getTeamId(), person.value())
				? Optional.of(CaseRole.CASE_COORDINATOR) : Optional.empty();
	}

}
