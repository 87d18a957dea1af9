package app.heard.views.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<SubmissionEntity, UUID> {

	Optional<SubmissionEntity> findFirstBySetIdOrderBySubmittedAtDesc(UUID setId);

	List<SubmissionEntity> findBySetIdOrderBySubmittedAt(UUID setId);

}
