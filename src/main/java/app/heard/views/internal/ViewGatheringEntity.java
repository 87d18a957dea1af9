package app.heard.views.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** How one person recording with the child is gathering the child's views. */
@Entity
@Table(name = "view_gathering")
class ViewGatheringEntity {

	@EmbeddedId
	private Key key;

	private String gathered;

	private Instant updatedAt;

	protected ViewGatheringEntity() {
	}

	@Embeddable
	record Key(UUID setId, UUID personId) implements Serializable {
	}

}
