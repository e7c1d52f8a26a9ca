package org.yangguang.consultation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads an enum constant back from the lowercase key the API and forms use. */
final class EnumKeys {

	private EnumKeys() {
	}

	static <E extends Enum<E>> Optional<E> of(E[] values, Function<E, String> key, String given) {
		if (given == null) {
			return Optional.empty();
		}
		String wanted = given.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values).filter(v -> key.apply(v).equals(wanted)).findFirst();
	}
}
