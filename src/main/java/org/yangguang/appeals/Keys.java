package org.yangguang.appeals;

import java.util.Locale;

import org.yangguang.shared.RuleViolationException;

/** Reads the module's enums from their lowercase keys; a missing or unknown key is a 400 on its field. */
final class Keys {

	private Keys() {
	}

	static <E extends Enum<E>> E of(Class<E> type, String field, String key) {
		if (key == null || key.isBlank()) {
			throw RuleViolationException.onField(field, "appeals.error.required", field);
		}
		try {
			return Enum.valueOf(type, key.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.onField(field, "appeals.error.option", field, key);
		}
	}
}
