package app.heard.caserecord;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a young person who decides for their own case lets one parent do (DOMAIN.md "Young
 * people (16+)": parents stay involved if the young person agrees). Until they choose, a
 * parent keeps what they had.
 */
public enum ParentAccess {

	/** The parent no longer sees the case. */
	NONE(EnumSet.noneOf(CasePermission.class)),
	/** "See only". */
	SEE_ONLY(EnumSet.of(CasePermission.VIEW)),
	/** "See and comment". */
	SEE_AND_COMMENT(EnumSet.of(CasePermission.VIEW, CasePermission.COMMENT)),
	/** "Act for me": everything a parent could do before. */
	ACT_FOR_ME(EnumSet.allOf(CasePermission.class));

	private final Set<CasePermission> permissions;

	ParentAccess(Set<CasePermission> permissions) {
		this.permissions = permissions;
	}

	public Set<CasePermission> permissions() {
		return Set.copyOf(permissions);
	}

}
