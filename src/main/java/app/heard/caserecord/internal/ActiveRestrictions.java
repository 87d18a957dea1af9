package app.heard.caserecord.internal;

import app.heard.caserecord.RestrictedField;
import app.heard.caserecord.RestrictionScope;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the restrictions in force keep from one person involved in a case. Every active
 * restriction counts, whether the LA or the portal recorded it, so the stricter always
 * wins: any "no access" bars the case, and hidden details add up.
 */
@Component
@Transactional(readOnly = true)
class ActiveRestrictions {

	private final RestrictionRepository restrictions;

	private final Clock clock;

	ActiveRestrictions(RestrictionRepository restrictions, Clock clock) {
		this.restrictions = restrictions;
		this.clock = clock;
	}

	boolean barAccess(UUID involvementId) {
		return scopes(involvementId).anyMatch(RestrictionScope::noAccess);
	}

	Set<RestrictedField> withheldFrom(UUID involvementId) {
		var withheld = EnumSet.noneOf(RestrictedField.class);
		scopes(involvementId).forEach(
				scope -> withheld.addAll(scope.noAccess() ? EnumSet.allOf(RestrictedField.class) : scope.hidden()));
		return withheld;
	}

	private java.util.stream.Stream<RestrictionScope> scopes(UUID involvementId) {
		var now = clock.instant();
		return restrictions.findByInvolvementId(involvementId)
			.stream()
			.filter(restriction -> restriction.activeAt(now))
			.map(RestrictionEntity::scope);
	}

}
