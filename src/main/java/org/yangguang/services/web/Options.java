package org.yangguang.services.web;

import java.util.Locale;

import org.yangguang.services.LifeEvent;
import org.yangguang.services.TargetUser;
import org.yangguang.shared.RuleViolationException;

/** Reads the enum values of the service pages and API from their lowercase keys; a wrong one is a 400. */
final class Options {

	private Options() {
	}

	static LifeEvent lifeEvent(String key) {
		return of(LifeEvent.class, "lifeEvent", key);
	}

	static TargetUser targetUser(String key) {
		return of(TargetUser.class, "user", key);
	}

	static <E extends Enum<E>> E of(Class<E> type, String field, String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.onField(field, "services.error.option", key);
		}
	}
}
