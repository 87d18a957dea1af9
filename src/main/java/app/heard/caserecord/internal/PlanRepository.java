package app.heard.caserecord.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface PlanRepository extends JpaRepository<PlanEntity, UUID> {

	Optional<PlanEntity> findByLaId(String laId);

	List<PlanEntity> findByLaIdIn(Collection<String> laIds);

	List<PlanEntity> findByCaseId(UUID caseId);

}
