package org.yangguang.disclosure.internal;

import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.Keyed;

/** Checks for the fields of the structured lists: required, trimmed, limited in length. */
final class ListFields {

	private ListFields() {
	}

	static String required(String field, String value, int max) {
		String v = optional(field, value, max);
		if (v == null) {
			throw RuleViolationException.onField(field, "disclosure.list.error.required");
		}
		return v;
	}

	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.length() > max) {
			throw RuleViolationException.onField(field, "disclosure.error.tooLong", max);
		}
		return v;
	}

	static <E extends Enum<E> & Keyed> E choice(String field, Class<E> type, String key) {
		return Keyed.parse(type, key)
			.orElseThrow(() -> RuleViolationException.onField(field, "disclosure.list.error.choice"));
	}
}
