package app.heard.views.internal;

import app.heard.views.ViewKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ViewSetRepository extends JpaRepository<ViewSetEntity, UUID> {

	/**
	 * Creates the set unless another request just did (two parents opening About Me at
	 * once).
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into view_set (id, case_id, review_id, kind, owner_person_id, created_at, version)
			values (gen_random_uuid(), :caseId, :reviewId, :kind, :owner, :at, 0) on conflict do nothing""")
	int createIfAbsent(UUID caseId, UUID reviewId, String kind, UUID owner, Instant at);

	@Query("""
			select s from ViewSetEntity s where s.reviewId = ?1 and s.kind = ?2
			and (s.ownerPersonId = ?3 or (s.ownerPersonId is null and ?3 is null))""")
	Optional<ViewSetEntity> find(UUID reviewId, ViewKind kind, UUID owner);

	List<ViewSetEntity> findByReviewId(UUID reviewId);

	List<ViewSetEntity> findByCaseIdOrderByCreatedAt(UUID caseId);

	/** Sets of this kind and owner from earlier reviews of the case, newest first. */
	@Query("""
			select s from ViewSetEntity s where s.caseId = ?1 and s.kind = ?2 and s.reviewId <> ?3
			and (s.ownerPersonId = ?4 or (s.ownerPersonId is null and ?4 is null)) order by s.createdAt desc""")
	List<ViewSetEntity> earlier(UUID caseId, ViewKind kind, UUID currentReview, UUID owner);

}
