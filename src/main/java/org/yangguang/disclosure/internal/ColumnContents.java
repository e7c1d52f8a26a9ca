package org.yangguang.disclosure.internal;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.CatalogFilter;
import org.yangguang.disclosure.ColumnListing;
import org.yangguang.disclosure.ColumnNode;
import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.shared.NotFoundException;

/**
 * What the public finds in the catalog's columns. A column holds the public documents filed in it and in its
 * active sub-columns; a retired column is not shown (404), nor is a column asked for under another organisation.
 */
@Service
@Transactional(readOnly = true)
public class ColumnContents {

	private static final int STANDARD_COLUMN_LIMIT = 50;

	private final Catalog catalog;
	private final DocumentQueries queries;

	ColumnContents(Catalog catalog, DocumentQueries queries) {
		this.catalog = catalog;
		this.queries = queries;
	}

	/** The organisation's active columns as a tree, each with its number of public documents. */
	public List<ColumnNode> tree(long organisationId) {
		return ColumnNode.tree(catalog.activeColumns(organisationId),
				queries.publicCountsByColumn(List.of(organisationId)));
	}

	/** A page of the column (404 when retired). */
	public ColumnListing listing(long columnId, int page, int size) {
		return listing(catalog.get(columnId), page, size);
	}

	/** A page of the column, which must belong to the organisation (404 otherwise, and when retired). */
	public ColumnListing listing(long organisationId, long columnId, int page, int size) {
		CatalogColumn column = catalog.get(columnId);
		if (column.organisationId() != organisationId) {
			throw notFound(columnId);
		}
		return listing(column, page, size);
	}

	private ColumnListing listing(CatalogColumn column, int page, int size) {
		long columnId = column.id();
		if (column.retired()) {
			throw notFound(columnId);
		}
		List<CatalogColumn> children = catalog.activeColumns(column.organisationId()).stream()
			.filter(c -> Long.valueOf(columnId).equals(c.parentId())).toList();
		List<Long> ids = Stream.concat(Stream.of(column), children.stream()).map(CatalogColumn::id).toList();
		return new ColumnListing(catalog.organisation(column.organisationId()), column,
				column.parentId() == null ? null : catalog.get(column.parentId()), children,
				queries.publishedInColumns(ids, page, size));
	}

	/** The public documents of the organisation's standard column with this code, none when it has no such column. */
	public List<DocumentSummary> standardColumn(long organisationId, String code) {
		return catalog.byCode(organisationId, code)
			.map(c -> queries.published(CatalogFilter.of(List.of(organisationId)).column(c.id()), 0,
					STANDARD_COLUMN_LIMIT).items())
			.orElse(List.of());
	}

	private static NotFoundException notFound(long columnId) {
		return new NotFoundException("disclosure.error.columnNotFound", String.valueOf(columnId));
	}
}
