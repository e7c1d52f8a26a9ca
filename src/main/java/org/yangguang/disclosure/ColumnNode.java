package org.yangguang.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A column of the catalog tree with its public documents and its sub-columns (active columns only). */
public record ColumnNode(CatalogColumn column, long documents, List<ColumnNode> children) {

	/** Documents in the column and its sub-columns. */
	public long total() {
		return documents + children.stream().mapToLong(ColumnNode::total).sum();
	}

	public static List<ColumnNode> tree(List<CatalogColumn> columns, Map<Long, Long> counts) {
		List<ColumnNode> roots = new ArrayList<>();
		for (CatalogColumn c : columns) {
			if (!c.retired() && c.parentId() == null) {
				List<ColumnNode> children = columns.stream()
					.filter(k -> !k.retired() && Long.valueOf(c.id()).equals(k.parentId()))
					.map(k -> new ColumnNode(k, counts.getOrDefault(k.id(), 0L), List.of())).toList();
				roots.add(new ColumnNode(c, counts.getOrDefault(c.id(), 0L), children));
			}
		}
		return roots;
	}
}
