package org.yangguang.disclosure.web;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;
import org.yangguang.disclosure.ResultPage;

/**
 * Links to the pages of a list that keep the request's other parameters (filters): {@code pager.url(3)}.
 * Page numbers are zero-based in URLs and shown from 1.
 */
record Pager(String path, String query, int page, int pages, long total) {

	static Pager of(HttpServletRequest request, ResultPage<?> result) {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return new Pager(path, request.getQueryString(), result.page(), result.pages(), result.total());
	}

	public String url(int target) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", target).build().toUriString();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages;
	}

	/** Up to nine page numbers around the current one. */
	public List<Integer> window() {
		int from = Math.max(0, Math.min(page - 4, pages - 9));
		int to = Math.min(pages, from + 9);
		return IntStream.range(from, to).boxed().toList();
	}
}
