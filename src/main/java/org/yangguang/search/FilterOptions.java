package org.yangguang.search;

import java.util.List;

/**
 * The values the filters can take, each with how many searchable items carry it: what the search form offers.
 *
 * @param organisations publishing organisations (value = code, label = name), in tree order
 * @param columns       栏目 names
 * @param topics        主题分类
 * @param genres        体裁
 * @param validities    in_force / amended / repealed
 * @param years         years of publication, newest first
 */
public record FilterOptions(List<Option> organisations, List<Option> columns, List<Option> topics,
		List<Option> genres, List<Option> validities, List<Option> years) {

	/** One value of a filter, as submitted ({@code value}) and as shown ({@code label}), and its item count. */
	public record Option(String value, String label, long count) {
	}
}
