package app.heard.caserecord.internal;

import app.heard.caserecord.YoungPersonDecision;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface CapacityDecisionRepository extends JpaRepository<CapacityDecisionEntity, UUID> {

	/** The record that counts for a decision: the newest. */
	Optional<CapacityDecisionEntity> findFirstByCaseIdAndDecisionOrderByRecordedAtDesc(UUID caseId,
			YoungPersonDecision decision);

	List<CapacityDecisionEntity> findByCaseIdOrderByRecordedAtDesc(UUID caseId);

}
