package app.heard.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<PersonEntity, UUID> {

	Optional<PersonEntity> findByIssuerAndSubject(String issuer, String subject);

}
