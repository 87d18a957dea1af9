package app.heard.views.internal;

import app.heard.views.Question;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ViewAnswerRepository extends JpaRepository<ViewAnswerEntity, UUID> {

	List<ViewAnswerEntity> findBySetId(UUID setId);

	@Query("select a from ViewAnswerEntity a where a.setId = ?1 and a.question = ?2 and a.outcomeLaId = ?3")
	Optional<ViewAnswerEntity> find(UUID setId, Question question, String outcomeLaId);

	/**
	 * The first answer to a question; does nothing (returns 0) if someone else's first
	 * answer got there first.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into view_answer (id, set_id, question, outcome_la_id, answer, recorded_by, recorded_as, gathered,
			    updated_at, version)
			values (gen_random_uuid(), :setId, :question, :outcome, :answer, :recordedBy, :recordedAs, :gathered,
			    :at, 0)
			on conflict (set_id, question, outcome_la_id) do nothing""")
	int insertFirst(UUID setId, String question, String outcome, String answer, UUID recordedBy, String recordedAs,
			String gathered, Instant at);

	/** Replaces the answer only if it is still at the version the person started from. */
	@Modifying
	@Query(nativeQuery = true, value = """
			update view_answer set answer = :answer, recorded_by = :recordedBy, recorded_as = :recordedAs,
			gathered = :gathered, updated_at = :at, version = version + 1
			where set_id = :setId and question = :question and outcome_la_id = :outcome and version = :expected""")
	int updateIfUnchanged(UUID setId, String question, String outcome, String answer, UUID recordedBy,
			String recordedAs, String gathered, Instant at, long expected);

}
