package app.heard.views.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<SubmissionEntity, UUID> {

	Optional<SubmissionEntity> findFirstBySetIdOrderBySubmittedAtDesc(UUID setId);

	List<SubmissionEntity> findBySetIdOrderBySubmittedAt(UUID setId);

	@Query("""
			select count(s) > 0 from SubmissionEntity s, ViewSetEntity v
			where s.setId = v.id and v.reviewId = :reviewId and s.submittedBy = :person""")
	boolean anySentBy(UUID person, UUID reviewId);

}
