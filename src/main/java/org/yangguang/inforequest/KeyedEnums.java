package org.yangguang.inforequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** Lower-case API keys of this module's enums: {@code IN_PERSON} ↔ {@code in_person}. */
final class KeyedEnums {

	private KeyedEnums() {
	}

	static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/** The constant whose key is {@code key} (case and surrounding blanks ignored); null when none is. */
	static <E extends Enum<E>> E find(Class<E> type, String key, Function<E, String> keyOf) {
		if (key == null) {
			return null;
		}
		String wanted = key.strip();
		return Arrays.stream(type.getEnumConstants()).filter(e -> keyOf.apply(e).equalsIgnoreCase(wanted))
			.findFirst().orElse(null);
	}
}
