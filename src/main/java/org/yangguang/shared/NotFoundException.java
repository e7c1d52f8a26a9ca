package org.yangguang.shared;

/** The record does not exist, or the reader may not know it exists (HTTP 404). */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
