package org.yangguang.services;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 办件类型: decided on the day of acceptance, or within a promised number of working days. */
public enum ItemKind {
	/** 即办件 */
	INSTANT,
	/** 承诺件 */
	PROMISED;

	@JsonValue
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	@JsonCreator
	public static ItemKind ofKey(String key) {
		return valueOf(key.strip().toUpperCase(java.util.Locale.ROOT));
	}
}
