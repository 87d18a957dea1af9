package app.heard.media.internal;

import app.heard.media.RejectionReason;
import java.util.List;

/**
 * Thrown inside the pipeline when a file cannot be used; the processor turns it into a
 * {@code Rejected} outcome, so callers never see it.
 */
public final class Rejection extends RuntimeException {

	private final RejectionReason reason;

	private final List<Object> arguments;

	public Rejection(RejectionReason reason, String detail, Object... arguments) {
		super(reason + ": " + detail, null, false, false);
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	public RejectionReason reason() {
		return this.reason;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
