package org.yangguang.search;

import java.util.Locale;

/** Order of search results: best match first, or newest first. */
public enum SearchSort {
	/** 按相关度 — best match first, newer first among equals. */
	RELEVANCE,
	/** 按日期 — newest publication first. */
	DATE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
