package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.SenType;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

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

	private String childUpn;

	private String childUln;

	private String primaryNeed;

	private String secondaryNeed;

	/** What in the SEN2 details did not check out, one line each; null when all did. */
	private String sen2Problems;

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
		// As sent, whether or not they check out: the LA's record is the one to correct
		this.childUpn = trimmed(child.upn());
		this.childUln = trimmed(child.uln());
		this.primaryNeed = trimmed(child.primaryNeed());
		this.secondaryNeed = trimmed(child.secondaryNeed());
		var problems = PupilIdentifiers.problems(childUpn, childUln, primaryNeed, secondaryNeed);
		this.sen2Problems = problems.isEmpty() ? null : String.join("\n", problems);
		return true;
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	String getChildUpn() {
		return childUpn;
	}

	String getChildUln() {
		return childUln;
	}

	String getPrimaryNeed() {
		return primaryNeed;
	}

	String getSecondaryNeed() {
		return secondaryNeed;
	}

	/** The primary and secondary need the portal can name; unknown codes are left out. */
	List<SenType> needs() {
		return Stream.of(primaryNeed, secondaryNeed).map(SenType::ofCode).flatMap(Optional::stream).distinct().toList();
	}

	String getSen2Problems() {
		return sen2Problems;
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
