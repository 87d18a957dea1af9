package app.heard.caserecord.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CasePermission;
import app.heard.caserecord.CaseRecipients;
import app.heard.caserecord.CaseRole;
import app.heard.identity.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CaseRecipientsQuery implements CaseRecipients {

	private static final Set<CaseRole> FAMILY = EnumSet.of(CaseRole.PARENT_CARER, CaseRole.YOUNG_PERSON);

	private final CaseRepository cases;

	private final InvolvementRepository involvements;

	private final CaseAccessPolicy policy;

	private final Clock clock;

	CaseRecipientsQuery(CaseRepository cases, InvolvementRepository involvements, CaseAccessPolicy policy,
			Clock clock) {
		this.cases = cases;
		this.involvements = involvements;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public List<PersonId> whoMayComment(CaseId id) {
		return linkedWhere(id, access -> access.role() != CaseRole.CASE_COORDINATOR
				&& access.permissions().contains(CasePermission.COMMENT));
	}

	@Override
	public List<PersonId> whoGiveViews(CaseId id) {
		return linkedWhere(id,
				access -> FAMILY.contains(access.role()) && access.permissions().contains(CasePermission.RECORD));
	}

	@Override
	public List<PersonId> whoMaySee(CaseId id) {
		return linkedWhere(id, access -> access.role() != CaseRole.CASE_COORDINATOR);
	}

	@Override
	public Optional<String> emailFromLa(CaseId id, PersonId person) {
		LocalDate today = LocalDate.now(clock);
		return involvements.findByCaseId(id.value())
			.stream()
			.filter(involvement -> person.value().equals(involvement.getPersonId()) && involvement.activeOn(today))
			.map(InvolvementEntity::getEmail)
			.filter(Objects::nonNull)
			.findFirst();
	}

	private List<PersonId> linkedWhere(CaseId id, Predicate<CaseAccessPolicy.Access> allowed) {
		var kase = cases.findById(id.value()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		return involvements.findByCaseId(id.value())
			.stream()
			.map(InvolvementEntity::getPersonId)
			.filter(Objects::nonNull)
			.distinct()
			.map(PersonId::new)
			.filter(person -> policy.accessIn(kase, person, today).filter(allowed).isPresent())
			.toList();
	}

}
