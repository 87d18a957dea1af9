package app.heard.caserecord.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Used only by this module's transactional services (ArchitectureTest). */
interface CaseRepository extends JpaRepository<CaseEntity, UUID> {

	Optional<CaseEntity> findByLaId(String laId);

	/** Cases whose SEN2 identifiers or need codes did not check out. */
	List<CaseEntity> findBySen2ProblemsIsNotNull();

	/** The LA's id and version of one mirrored case, without loading the case. */
	interface LaVersion {

		String getLaId();

		long getLaVersion();

	}

	@Query("select c.laId as laId, c.laVersion as laVersion from CaseEntity c")
	List<LaVersion> findAllLaVersions();

	List<CaseEntity> findByTeamIdIn(Collection<UUID> teamIds);

}
