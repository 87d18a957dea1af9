package app.heard.caserecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The 16+ own login and the handover of a case to the young person, for the signed-in
 * person (DOMAIN.md "Young people (16+)"). From the end of compulsory school age the
 * young person decides who can see their case and what each parent may do; where the
 * co-ordinator has recorded that they lack capacity for that decision, the named
 * alternative person decides it instead, for that decision only. Every choice is kept
 * with who made it and when, and published as an {@link AccessChanged}.
 */
@PreAuthorize("isAuthenticated()")
public interface YoungPersonHandover {

	/**
	 * A case in which the signed-in young person now decides and has not yet said what
	 * every parent may do: their first sign-in walks them through it.
	 */
	Optional<CaseId> waitingForMe();

	/**
	 * Whether the signed-in person is recorded as the young person in a case but is not
	 * yet 16, so has no login of their own there.
	 */
	boolean tooYoungForOwnLogin();

	/**
	 * What the person deciding who can see the case sees.
	 * @throws CaseNotFoundException if the person is not linked to the case
	 * @throws org.springframework.security.access.AccessDeniedException if they do not
	 * make this decision
	 */
	Choices choices(CaseId id);

	/** Whether the signed-in person decides who can see this case (and may change it). */
	boolean iDecideWhoCanSee(CaseId id);

	/**
	 * Records what one parent may do from now on.
	 * @param parent a parent's involvement in this case ({@link ParentChoice#parent()})
	 * @throws org.springframework.security.access.AccessDeniedException if the signed-in
	 * person does not make this decision
	 */
	void choose(CaseId id, UUID parent, ParentAccess access);

	/**
	 * For a co-ordinator: the cases of their teams whose young person is 16 or over and
	 * has no login of their own yet, with their sixteenth birthday.
	 */
	Map<CaseId, LocalDate> ownLoginsToOffer();

	/**
	 * For a co-ordinator: records that the young person lacks capacity for a decision,
	 * and who acts for them in it.
	 * @param alternative the involvement of a person in this case
	 * @throws org.springframework.security.access.AccessDeniedException unless the
	 * signed-in person co-ordinates this case
	 */
	void recordLackOfCapacity(CaseId id, YoungPersonDecision decision, UUID alternative, LegalBasis basis);

	/**
	 * For a co-ordinator: the people who may act for the young person in a decision, and
	 * the capacity records so far (newest first).
	 */
	Capacity capacity(CaseId id);

	/**
	 * @param forYoungPerson the young person's name, when someone else decides for them
	 */
	record Choices(CaseId caseId, String childName, Optional<String> forYoungPerson, List<ParentChoice> parents) {

		public Optional<ParentChoice> parent(UUID id) {
			return parents.stream().filter(p -> p.parent().equals(id)).findFirst();
		}

	}

	/** One parent, and what they may do if it has been chosen. */
	record ParentChoice(UUID parent, String name, Optional<ParentAccess> access, Optional<Instant> chosenAt,
			Optional<String> chosenBy) {
	}

	record Capacity(String childName, List<Person> people, List<CapacityRecord> records) {
	}

	record Person(UUID involvement, String name, CaseRole role) {
	}

	record CapacityRecord(YoungPersonDecision decision, String alternative, LegalBasis basis, Instant recordedAt,
			String recordedBy) {
	}

}
