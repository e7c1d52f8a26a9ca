package org.yangguang.disclosure;

import org.yangguang.shared.RuleViolationException;

/** One thing wrong with entered content: the field, a message key saying how to fix it, and its arguments. */
public record ContentProblem(String field, String messageKey, Object... args) {

	public RuleViolationException toException() {
		return RuleViolationException.onField(field, messageKey, args);
	}
}
