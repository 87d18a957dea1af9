package app.heard.caserecord.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface CommentResponseRepository extends JpaRepository<CommentResponseEntity, UUID> {

	Optional<CommentResponseEntity> findByCommentId(UUID commentId);

	List<CommentResponseEntity> findByCaseId(UUID caseId);

}
