package app.heard.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a person out after a period with no activity, on the server, whatever the browser
 * does.
 *
 * <p>
 * Vaadin's heartbeat keeps the HTTP session alive while a tab is open, and the Spring
 * Security context lives in that session; {@code vaadin.closeIdleSessions} closes only
 * Vaadin's own state. So the session would never end on a phone left open on a bus. This
 * filter counts every request except heartbeats as activity and ends the session once the
 * idle time passes. The browser warns before that and offers to stay signed in (shell's
 * idle warning).
 */
class IdleSessionFilter extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

	private final Duration timeout;

	private final Clock clock;

	IdleSessionFilter(Duration timeout, Clock clock) {
		this.timeout = timeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		if (session != null) {
			Instant now = clock.instant();
			if (session.getAttribute(LAST_ACTIVITY) instanceof Instant last && last.plus(timeout).isBefore(now)) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				// The upload endpoint's script needs a status to act on (0008)
				if (request.getRequestURI().startsWith(request.getContextPath() + "/uploads")) {
					response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
					return;
				}
				// Vaadin's own requests get its "session expired" answer, which takes the
				// page to /signed-out
				if (request.getParameter("v-r") == null) {
					response.sendRedirect(request.getContextPath() + "/signed-out");
					return;
				}
			}
			else if (!isHeartbeat(request)) {
				session.setAttribute(LAST_ACTIVITY, now);
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isHeartbeat(HttpServletRequest request) {
		return "heartbeat".equals(request.getParameter("v-r"));
	}

}
