package org.yangguang.disclosure;

import java.util.List;

/**
 * A column of an organisation's catalog (公开目录栏目) was renamed. The public documents in it now show the new
 * name.
 *
 * @param columnId          the column
 * @param organisationId    whose catalog it belongs to
 * @param name              its new name
 * @param publicDocumentIds the public (published or repealed) documents filed in it
 */
public record CatalogColumnRenamed(long columnId, long organisationId, String name, List<Long> publicDocumentIds) {

	public CatalogColumnRenamed {
		publicDocumentIds = List.copyOf(publicDocumentIds);
	}
}
