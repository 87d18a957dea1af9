package app.heard.caserecord.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface RestrictionRepository extends JpaRepository<RestrictionEntity, UUID> {

	Optional<RestrictionEntity> findByLaId(String laId);

	List<RestrictionEntity> findByCaseId(UUID caseId);

	List<RestrictionEntity> findByInvolvementId(UUID involvementId);

}
