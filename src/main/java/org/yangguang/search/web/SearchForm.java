package org.yangguang.search.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;
import org.yangguang.search.SearchQuery;

/**
 * The search page's form as typed (all text, so that the page shows back exactly what was asked and a bad value is
 * reported instead of failing the page). Submitted with GET: every search is a link.
 */
record SearchForm(String q, String org, String subtree, String column, String topic, String genre, String validity,
		String year, String sort, String page, String size) {

	static final String PATH = "/search";

	SearchQuery toQuery() {
		return SearchQuery.parse(q, org, subtree, column, topic, genre, validity, year, sort, page, size);
	}

	/** True when the visitor asked for something (words or a filter); the bare page shows only the form. */
	boolean asked() {
		return !blank(q) || !blank(org) || !blank(column) || !blank(topic) || !blank(genre) || !blank(validity)
				|| !blank(year);
	}

	public boolean includesSubordinates() {
		return "true".equalsIgnoreCase(subtree) || "on".equalsIgnoreCase(subtree);
	}

	/** This search on another page. */
	String pageLink(int otherPage) {
		Map<String, String> params = params();
		params.put("page", String.valueOf(otherPage));
		return link(params);
	}

	/** This search, from its first page, in another order. */
	String sortLink(String otherSort) {
		Map<String, String> params = params();
		params.remove("page");
		params.put("sort", otherSort);
		return link(params);
	}

	private Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("q", q);
		params.put("org", org);
		params.put("subtree", includesSubordinates() ? "true" : null);
		params.put("column", column);
		params.put("topic", topic);
		params.put("genre", genre);
		params.put("validity", validity);
		params.put("year", year);
		params.put("sort", sort);
		params.put("size", size);
		params.put("page", page);
		return params;
	}

	private static String link(Map<String, String> params) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
		params.forEach((name, value) -> {
			if (!blank(value)) {
				link.queryParam(name, value.strip());
			}
		});
		return link.encode().build().toUriString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
