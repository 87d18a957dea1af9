package app.heard.lasync.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a push in only when its signature is right ({@link PushSignature}); the request
 * then runs as the LA's system, and only that may reach the push endpoint. With no secret
 * configured every push is refused.
 */
class SignedPushFilter extends OncePerRequestFilter {

	static final String LA_SYSTEM = "LA_SYSTEM";

	/** A case with ten years of plans is well under this. */
	private static final int LARGEST_BODY = 10 * 1024 * 1024;

	private final PushSignature signature;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts;

	/**
	 * @param contexts the application's own (Vaadin's), which the rest of the chain and
	 * method security read: not the static holder
	 */
	SignedPushFilter(PushSignature signature, Clock clock, SecurityContextHolderStrategy contexts) {
		this.signature = signature;
		this.clock = clock;
		this.contexts = contexts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signature == null || request.getContentLengthLong() > LARGEST_BODY) {
			response.sendError(signature == null ? HttpServletResponse.SC_UNAUTHORIZED
					: HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(LARGEST_BODY + 1);
		if (body.length > LARGEST_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		if (!signature.verifies(request.getHeader(PushSignature.TIMESTAMP_HEADER),
				request.getHeader(PushSignature.SIGNATURE_HEADER), body, clock.instant())) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		var context = contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("la", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + LA_SYSTEM))));
		contexts.setContext(context);
		try {
			chain.doFilter(new ReadAgain(request, body), response);
		}
		finally {
			contexts.clearContext();
		}
	}

	/** The request with its body, which this filter has already read, to read again. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

	}

}
