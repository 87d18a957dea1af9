package app.heard.invitations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface InvitationRepository extends JpaRepository<InvitationEntity, UUID> {

	Optional<InvitationEntity> findByTokenHash(String tokenHash);

	List<InvitationEntity> findByCaseIdOrderBySentAtDesc(UUID caseId);

}
