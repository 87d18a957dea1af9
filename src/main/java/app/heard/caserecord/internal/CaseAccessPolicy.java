package app.heard.caserecord.internal;

import app.heard.caserecord.CasePermission;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.ParentAccess;
import app.heard.caserecord.RestrictedField;
import app.heard.caserecord.YoungPersonDecision;
import app.heard.identity.PersonId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-case check: what role, if any, a person holds in a case today, and what they
 * may do in it. Involvement comes from the LA's record (and invitations); a co-ordinator
 * sees every case of their team. A restriction (court order or safeguarding, from the LA
 * or the portal) can take a person's access away or withhold named details from them; a
 * young person who decides for themselves chooses what each parent may do.
 */
@Component
@Transactional(readOnly = true)
class CaseAccessPolicy {

	private final InvolvementRepository involvements;

	private final TeamMembershipRepository memberships;

	private final ActiveRestrictions restrictions;

	private final ParentAccessChoiceRepository parentChoices;

	private final HelperCommentRequestRepository commentRequests;

	private final Capacities capacities;

	CaseAccessPolicy(InvolvementRepository involvements, TeamMembershipRepository memberships,
			ActiveRestrictions restrictions, ParentAccessChoiceRepository parentChoices,
			HelperCommentRequestRepository commentRequests, Capacities capacities) {
		this.capacities = capacities;
		this.involvements = involvements;
		this.memberships = memberships;
		this.restrictions = restrictions;
		this.parentChoices = parentChoices;
		this.commentRequests = commentRequests;
	}

	record Access(CaseRole role, Set<CasePermission> permissions) {
	}

	Optional<CaseRole> roleIn(CaseEntity kase, PersonId person, LocalDate today) {
		return accessIn(kase, person, today).map(Access::role);
	}

	Optional<Access> accessIn(CaseEntity kase, PersonId person, LocalDate today) {
		var involved = involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> person.value().equals(i.getPersonId()) && i.activeOn(today))
			.findFirst();
		if (involved.isPresent()) {
			return grantedBy(kase, involved.get(), today);
		}
		return memberships.existsByTeamIdAndPersonId(kase.getTeamId(), person.value())
				? Optional.of(new Access(CaseRole.CASE_COORDINATOR, EnumSet.of(CasePermission.VIEW)))
				: Optional.empty();
	}

	/**
	 * Whether this involvement lets its person see the case today: current, not barred by
	 * a restriction, and not taken away by the young person's choice.
	 */
	boolean grants(CaseEntity kase, InvolvementEntity involvement, LocalDate today) {
		return involvement.activeOn(today) && grantedBy(kase, involvement, today).isPresent();
	}

	/**
	 * An involvement grants everything its role allows, except: nothing when a
	 * restriction bars its person; nothing for an under-16 young person (their views are
	 * recorded with a parent or helper); for a parent, only what the young person chose
	 * once they decide; and an advocate or DiAS worker comments only when the family has
	 * asked them to. Commenting on the draft plan then follows capacity for that
	 * decision.
	 */
	private Optional<Access> grantedBy(CaseEntity kase, InvolvementEntity involvement, LocalDate today) {
		return byRole(kase, involvement, today).map(access -> withCommentCapacity(kase, involvement, access));
	}

	/**
	 * Where the co-ordinator has recorded that the young person lacks capacity to comment
	 * on the draft plan, the young person does not comment and the named person does, on
	 * their behalf. For that decision only: nothing else either of them may do changes
	 * (capacity is per decision, never a global switch).
	 */
	private Access withCommentCapacity(CaseEntity kase, InvolvementEntity involvement, Access access) {
		var alternative = capacities.alternativeFor(kase, YoungPersonDecision.COMMENT_ON_DRAFT_PLAN);
		if (alternative.isEmpty()) {
			return access;
		}
		var permissions = EnumSet.noneOf(CasePermission.class);
		permissions.addAll(access.permissions());
		if (involvement.getId().equals(alternative.get())) {
			permissions.add(CasePermission.COMMENT);
		}
		else if (access.role() == CaseRole.YOUNG_PERSON) {
			permissions.remove(CasePermission.COMMENT);
		}
		return new Access(access.role(), permissions);
	}

	private Optional<Access> byRole(CaseEntity kase, InvolvementEntity involvement, LocalDate today) {
		if (restrictions.barAccess(involvement.getId())) {
			return Optional.empty();
		}
		CaseRole role = involvement.getRole();
		if (role == CaseRole.YOUNG_PERSON && !ownLoginFrom(kase).map(from -> !today.isBefore(from)).orElse(false)) {
			return Optional.empty();
		}
		if (role == CaseRole.PARENT_CARER) {
			var chosen = parentChoices.findFirstByParentInvolvementIdOrderByChosenAtDesc(involvement.getId())
				.map(ParentAccessChoiceEntity::getAccess);
			if (chosen.isPresent()) {
				return chosen.get() == ParentAccess.NONE ? Optional.empty()
						: Optional.of(new Access(role, chosen.get().permissions()));
			}
		}
		if (role == CaseRole.ADVOCATE || role == CaseRole.DIAS_WORKER) {
			return Optional.of(new Access(role, askedToComment(involvement) ? EnumSet.allOf(CasePermission.class)
					: EnumSet.of(CasePermission.VIEW, CasePermission.RECORD)));
		}
		return Optional.of(new Access(role, EnumSet.allOf(CasePermission.class)));
	}

	/** Whether the family has asked this advocate or DiAS worker to comment for them. */
	boolean askedToComment(InvolvementEntity helper) {
		return commentRequests.findFirstByHelperInvolvementIdOrderByChosenAtDesc(helper.getId())
			.map(HelperCommentRequestEntity::isAsked)
			.orElse(false);
	}

	/**
	 * The young person's sixteenth birthday, from which they may have a login of their
	 * own; unknown without a date of birth.
	 */
	static Optional<LocalDate> ownLoginFrom(CaseEntity kase) {
		return Optional.ofNullable(kase.getChildDateOfBirth()).map(born -> born.plusYears(16));
	}

	/**
	 * The details restrictions withhold from this person in this case; none for a
	 * co-ordinator, who is not restricted through an involvement.
	 */
	Set<RestrictedField> withheldFrom(CaseEntity kase, PersonId person, LocalDate today) {
		return involvements.findByCaseId(kase.getId())
			.stream()
			.filter(i -> person.value().equals(i.getPersonId()) && grants(kase, i, today))
			.findFirst()
			.map(i -> restrictions.withheldFrom(i.getId()))
			.orElse(Set.of());
	}

}
