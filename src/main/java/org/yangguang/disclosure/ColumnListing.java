package org.yangguang.disclosure;

import java.util.List;

import org.yangguang.organisation.Organisation;

/**
 * A column of the catalog as the public browses it: where it sits (its organisation and parent column), its active
 * sub-columns, and one page of the public documents filed in it or in its sub-columns, newest first.
 *
 * @param parent null for a top-level column
 */
public record ColumnListing(Organisation organisation, CatalogColumn column, CatalogColumn parent,
		List<CatalogColumn> children, ResultPage<DocumentSummary> documents) {
}
