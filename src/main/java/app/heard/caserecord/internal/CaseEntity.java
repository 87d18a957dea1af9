package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's case, mirrored from the LA. The child's details are part of it: one case per
 * child per LA.
 */
@Entity
@Table(name = "ehc_case")
class CaseEntity extends LaMirroredEntity {

	private String laReference;

	private UUID teamId;

	private String childLaId;

	private String childGivenName;

	private String childFamilyName;

	private String childPreferredName;

	private LocalDate childDateOfBirth;

	private String childYearGroup;

	private String settingName;

	private String settingUrn;

	private String childHomeAddress;

	private String familyContact;

	@Version
	private long version;

	protected CaseEntity() {
	}

	CaseEntity(String laId) {
		super(laId);
	}

	boolean apply(CaseSnapshot snapshot, UUID teamId) {
		if (!acceptNewer(snapshot.laVersion())) {
			return false;
		}
		var child = snapshot.child();
		this.laReference = snapshot.laReference();
		this.teamId = teamId;
		this.childLaId = child.laId();
		this.childGivenName = child.givenName();
		this.childFamilyName = child.familyName();
		this.childPreferredName = child.preferredName();
		this.childDateOfBirth = child.dateOfBirth();
		this.childYearGroup = child.yearGroup();
		this.settingName = child.settingName();
		this.settingUrn = child.settingUrn();
		this.childHomeAddress = child.homeAddress();
		this.familyContact = child.familyContact();
		return true;
	}

	UUID getTeamId() {
		return teamId;
	}

	String childName() {
		return childPreferredName != null && !childPreferredName.isBlank() ? childPreferredName : childGivenName;
	}

	String childFullName() {
		return childGivenName + " " + childFamilyName;
	}

	LocalDate getChildDateOfBirth() {
		return childDateOfBirth;
	}

	String getChildYearGroup() {
		return childYearGroup;
	}

	String getSettingName() {
		return settingName;
	}

	String getChildHomeAddress() {
		return childHomeAddress;
	}

	String getFamilyContact() {
		return familyContact;
	}

}
