package org.yangguang.shared;

/** The client asked too often; it may try again after {@code retryAfterSeconds} (HTTP 429). */
public class TooManyRequestsException extends DomainException {

	private final long retryAfterSeconds;

	public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... args) {
		super(messageKey, args);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
