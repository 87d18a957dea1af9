package app.heard.upload.internal;

import org.springframework.http.HttpStatus;

/** A request the protocol or the limits refuse, with the status the client gets. */
class TusException extends RuntimeException {

	private final HttpStatus status;

	TusException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return status;
	}

}
