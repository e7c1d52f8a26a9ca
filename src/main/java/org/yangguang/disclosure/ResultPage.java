package org.yangguang.disclosure;

import java.util.List;

/** One page of a list: items, zero-based page number, page size and the total count. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 100;

	public int pages() {
		return total == 0 ? 1 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public static int safeSize(Integer size, int fallback) {
		return size == null ? fallback : Math.max(1, Math.min(size, MAX_SIZE));
	}

	public static int safePage(Integer page) {
		return page == null ? 0 : Math.max(0, page);
	}
}
