package app.heard.lasync.internal;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see the sync's health: the sign-in subjects in
 * {@code heard.la-sync.administrators}. An LA's administrators are few and known to its
 * identity provider; the portal only needs their subjects.
 */
@Component("laSyncAdministrators")
class LaSyncAdministrators {

	private final Set<String> subjects;

	LaSyncAdministrators(LaSyncProperties properties) {
		this.subjects = Set.copyOf(properties.administrators());
	}

	public boolean includes(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& subjects.contains(authentication.getName());
	}

}
