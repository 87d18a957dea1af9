package app.heard.caserecord.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "plan_section")
class PlanSectionEntity {

	@Id
	private UUID id;

	private String code;

	private String content;

	protected PlanSectionEntity() {
	}

	PlanSectionEntity(String code, String content) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.content = content;
	}

	void rewrite(String content) {
		this.content = content;
	}

	String getCode() {
		return code;
	}

	String getContent() {
		return content;
	}

}
