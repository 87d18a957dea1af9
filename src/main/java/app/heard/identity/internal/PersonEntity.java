package app.heard.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "person")
public class PersonEntity {

	@Id
	private UUID id;

	private String issuer;

	private String subject;

	private String displayName;

	private String email;

	private Instant createdAt;

	@Version
	private long version;

	protected PersonEntity() {
	}

	public PersonEntity(UUID id, String issuer, String subject, String displayName, Instant createdAt) {
		this.id = id;
		this.issuer = issuer;
		this.subject = subject;
		this.displayName = displayName;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return id;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void rename(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	/** As the identity provider gave it at the latest sign-in. */
	public void reachAt(String email) {
		this.email = email;
	}

}
