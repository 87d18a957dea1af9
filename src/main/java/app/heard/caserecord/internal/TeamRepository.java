package app.heard.caserecord.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface TeamRepository extends JpaRepository<TeamEntity, UUID> {

	Optional<TeamEntity> findByLaId(String laId);

}
