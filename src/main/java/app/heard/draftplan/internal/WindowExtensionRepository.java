package app.heard.draftplan.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by this module's transactional services (ArchitectureTest). */
interface WindowExtensionRepository extends JpaRepository<WindowExtensionEntity, UUID> {

}
