package app.heard.caserecord.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface CaseRepository extends JpaRepository<CaseEntity, UUID> {

	Optional<CaseEntity> findByLaId(String laId);

	List<CaseEntity> findByTeamIdIn(Collection<UUID> teamIds);

}
