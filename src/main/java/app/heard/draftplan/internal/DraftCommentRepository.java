package app.heard.draftplan.internal;

import app.heard.draftplan.Target;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Used only by this module's transactional services (ArchitectureTest). */
interface DraftCommentRepository extends JpaRepository<DraftCommentEntity, UUID> {

	List<DraftCommentEntity> findByPlanIdAndAuthorPersonId(UUID planId, UUID authorPersonId);

	List<DraftCommentEntity> findByCaseIdAndAuthorPersonIdAndSubmittedAtNotNullOrderBySubmittedAtDesc(UUID caseId,
			UUID authorPersonId);

	@Query("""
			select c from DraftCommentEntity c where c.planId = ?1 and c.authorPersonId = ?2
			and c.targetKind = ?3 and c.targetRef = ?4""")
	Optional<DraftCommentEntity> find(UUID planId, UUID author, Target.Kind kind, String ref);

	/** A first comment on this part; does nothing (0) if one is already there. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into draft_comment (id, case_id, plan_id, author_person_id, author_role, target_kind, target_ref,
			    text, updated_at, version)
			values (gen_random_uuid(), :caseId, :planId, :author, :role, :kind, :ref, :text, :at, 0)
			on conflict (plan_id, author_person_id, target_kind, target_ref) do nothing""")
	int insertFirst(UUID caseId, UUID planId, UUID author, String role, String kind, String ref, String text,
			Instant at);

	/**
	 * Replaces an unsent comment only if it is still at the version the person started
	 * from.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update draft_comment set text = :text, updated_at = :at, version = version + 1
			where plan_id = :planId and author_person_id = :author and target_kind = :kind and target_ref = :ref
			and version = :expected and submitted_at is null""")
	int updateIfUnchanged(UUID planId, UUID author, String kind, String ref, String text, Instant at, long expected);

	/** Sends every unsent, non-empty comment of the author at once. */
	@Modifying
	@Query(nativeQuery = true, value = """
			update draft_comment set submitted_at = :at, attribution = :attribution
			where plan_id = :planId and author_person_id = :author and submitted_at is null and btrim(text) <> ''""")
	int send(UUID planId, UUID author, Instant at, String attribution);

}
