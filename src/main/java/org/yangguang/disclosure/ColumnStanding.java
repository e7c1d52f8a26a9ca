package org.yangguang.disclosure;

/** How a column stands. */
public enum ColumnStanding {
	FRESH, STALE, EMPTY, STATIC;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
