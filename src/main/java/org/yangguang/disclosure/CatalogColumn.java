package org.yangguang.disclosure;

import java.time.Instant;

/**
 * 栏目 — one column of an organisation's disclosure catalog.
 *
 * @param code null for columns the office added; standard columns keep their code when renamed
 */
public record CatalogColumn(long id, long organisationId, Long parentId, String code, String name,
		ColumnFreshness freshness, String description, int sortOrder, Instant retiredAt) {

	public boolean retired() {
		return retiredAt != null;
	}

	public boolean standard() {
		return code != null;
	}

	public boolean is(String standardCode) {
		return standardCode.equals(code);
	}
}
