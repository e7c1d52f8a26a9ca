package org.yangguang.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many items match in all
 * @param page  zero-based page shown
 * @param size  page size asked for
 * @param hits  the items on this page, in order
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	public static SearchResults empty(SearchQuery query) {
		return new SearchResults(0, query.page(), query.size(), List.of());
	}

	/** Pages needed for all matches, within the limit of {@link SearchQuery#MAX_POSITION}. */
	public int totalPages() {
		long reachable = Math.min(total, SearchQuery.MAX_POSITION);
		return (int) ((reachable + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}
}
