package org.yangguang.inforequest.internal;

import org.yangguang.shared.RuleViolationException;

/** What a named rule says about an action: allowed, or rejected with the reason as a message key. */
public sealed interface Decision {

	Decision ALLOWED = new Allowed();

	static Decision reject(String field, String messageKey, Object... args) {
		return new Rejected(field, messageKey, java.util.Arrays.asList(args.clone()));
	}

	/** Throws the rejection as a 400 rule violation (on its form field, if any). */
	default void orThrow() {
		if (this instanceof Rejected r) {
			throw r.field() == null ? new RuleViolationException(r.messageKey(), r.args().toArray())
					: RuleViolationException.onField(r.field(), r.messageKey(), r.args().toArray());
		}
	}

	default boolean allowed() {
		return this instanceof Allowed;
	}

	/** The rejection's message key; null when allowed. */
	default String messageKeyOrNull() {
		return this instanceof Rejected r ? r.messageKey() : null;
	}

	record Allowed() implements Decision {
	}

	/** @param args the message arguments, compared by value */
	record Rejected(String field, String messageKey, java.util.List<Object> args) implements Decision {
	}
}
