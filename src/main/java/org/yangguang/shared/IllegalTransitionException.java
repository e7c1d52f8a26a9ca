package org.yangguang.shared;

/** A state machine refused a transition from the record's current state (HTTP 409). */
public class IllegalTransitionException extends DomainException {

	public IllegalTransitionException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
