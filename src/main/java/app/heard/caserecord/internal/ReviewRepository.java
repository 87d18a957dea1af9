package app.heard.caserecord.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface ReviewRepository extends JpaRepository<ReviewEntity, UUID> {

	Optional<ReviewEntity> findByLaId(String laId);

	List<ReviewEntity> findByLaIdIn(Collection<String> laIds);

	List<ReviewEntity> findByCaseId(UUID caseId);

}
