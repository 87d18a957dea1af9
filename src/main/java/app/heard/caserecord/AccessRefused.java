package app.heard.caserecord;

/** A change of access the rules do not allow; the reason is for the person to read. */
public class AccessRefused extends RuntimeException {

	public enum Reason {

		/** Within one case a person holds one role. */
		ALREADY_INVOLVED,
		/** Under-16s never have a login of their own. */
		UNDER_SIXTEEN

	}

	private final Reason reason;

	public AccessRefused(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
