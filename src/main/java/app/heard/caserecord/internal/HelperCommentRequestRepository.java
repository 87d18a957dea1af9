package app.heard.caserecord.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface HelperCommentRequestRepository extends JpaRepository<HelperCommentRequestEntity, UUID> {

	/** The choice that counts now: the newest. */
	Optional<HelperCommentRequestEntity> findFirstByHelperInvolvementIdOrderByChosenAtDesc(UUID helperInvolvementId);

}
