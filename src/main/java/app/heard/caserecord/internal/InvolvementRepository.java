package app.heard.caserecord.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface InvolvementRepository extends JpaRepository<InvolvementEntity, UUID> {

	Optional<InvolvementEntity> findByLaId(String laId);

	List<InvolvementEntity> findByLaIdIn(Collection<String> laIds);

	List<InvolvementEntity> findByCaseId(UUID caseId);

	List<InvolvementEntity> findByPersonId(UUID personId);

}
