package app.heard.caserecord.internal;

import app.heard.caserecord.CaseRole;
import app.heard.caserecord.RestrictedField;
import app.heard.identity.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-case check: what role, if any, a person holds in a case today. Involvement
 * comes from the LA's record (and later invitations); a co-ordinator sees every case of
 * their team. A restriction (court order or safeguarding, from the LA or the portal) can
 * take a person's access away or withhold named details from them.
 */
@Component
@Transactional(readOnly = true)
class CaseAccessPolicy {

	private final InvolvementRepository involvements;

	private final TeamMembershipRepository memberships;

	private final ActiveRestrictions restrictions;

	CaseAccessPolicy(InvolvementRepository involvements, TeamMembershipRepository memberships,
			ActiveRestrictions restrictions) {
		this.involvements = involvements;
		this.memberships = memberships;
		this.restrictions = restrictions;
	}

	Optional<CaseRole> roleIn(CaseEntity kase, PersonId person, LocalDate today) {
		var involved = involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> person.value().equals(i.getPersonId()) && grants(i, today))
			.map(InvolvementEntity::getRole)
			.findFirst();
		if (involved.isPresent()) {
			return involved;
		}
		return memberships.existsByTeamIdAndPersonId(kase.getTeamId(), person.value())
				? Optional.of(CaseRole.CASE_COORDINATOR) : Optional.empty();
	}

	/**
	 * Whether an involvement gives access today: it is current and no restriction bars
	 * it.
	 */
	boolean grants(InvolvementEntity involvement, LocalDate today) {
		return involvement.activeOn(today) && !restrictions.barAccess(involvement.getId());
	}

	/**
	 * The details restrictions withhold from this person in this case; none for a
	 * co-ordinator, who is not restricted through an involvement.
	 */
	Set<RestrictedField> withheldFrom(CaseEntity kase, PersonId person, LocalDate today) {
		return involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> person.value().equals(i.getPersonId()) && grants(i, today))
			.findFirst()
			.map(i -> restrictions.withheldFrom(i.getId()))
			.orElse(Set.of());
	}

}
