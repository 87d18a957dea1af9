package app.heard.upload.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UploadRepository extends JpaRepository<UploadEntity, UUID> {

	/** What the case's uploads declare together, finished or not. */
	@Query("select coalesce(sum(u.length), 0) from UploadEntity u where u.caseId = ?1")
	long declaredForCase(UUID caseId);

	/**
	 * Until the transaction ends, other uploads for this case wait here: two phones
	 * starting at once cannot both fit under the quota's last gigabyte.
	 */
	@Query(nativeQuery = true,
			value = """
					select count(*) from (select pg_advisory_xact_lock(hashtext('upload'), hashtext(cast(?1 as text)))) locked""")
	long lockCase(UUID caseId);

	/**
	 * For the clean-up: the lock a request writing this upload holds
	 * ({@link UploadLocks}, same key), taken without waiting until the transaction ends,
	 * so a row is never deleted under a request on any instance, nor by two instances'
	 * clean-ups at once.
	 */
	@Query(nativeQuery = true,
			value = "select pg_try_advisory_xact_lock(hashtext('upload-write'), hashtext(cast(?1 as text)))")
	boolean tryLockForRemoval(UUID id);

	@Query("select u.id from UploadEntity u where u.completedAt is null and u.expiresAt <= ?1 order by u.expiresAt")
	List<UUID> unfinishedExpiredBy(Instant now, Limit limit);

}
