package app.heard.caserecord.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Used only by this module's transactional services (ArchitectureTest). */
interface TeamMembershipRepository extends JpaRepository<TeamMembershipEntity, UUID> {

	boolean existsByTeamIdAndPersonId(UUID teamId, UUID personId);

	@Query("select m.teamId from TeamMembershipEntity m where m.personId = ?1")
	List<UUID> teamIdsOf(UUID personId);

}
