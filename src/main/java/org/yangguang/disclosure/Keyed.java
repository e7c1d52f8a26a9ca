package org.yangguang.disclosure;

import java.util.Locale;
import java.util.Optional;

/** The enums of this module travel as lower-case keys ({@code on_application}) in forms, URLs, JSON and SQL. */
public interface Keyed {

	String name();

	default String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The constant with this key, if any (null and blank give empty). */
	static <E extends Enum<E> & Keyed> Optional<E> parse(Class<E> type, String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		String wanted = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(wanted)) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}
}
