package app.heard.views.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ViewGatheringRepository extends JpaRepository<ViewGatheringEntity, ViewGatheringEntity.Key> {

	@Query("select g.gathered from ViewGatheringEntity g where g.key.setId = ?1 and g.key.personId = ?2")
	Optional<String> howGathered(UUID setId, UUID personId);

	@Modifying
	@Query(nativeQuery = true,
			value = """
					insert into view_gathering (set_id, person_id, gathered, updated_at) values (:setId, :personId, :gathered, :at)
					on conflict (set_id, person_id) do update set gathered = excluded.gathered, updated_at = excluded.updated_at""")
	void say(UUID setId, UUID personId, String gathered, Instant at);

}
