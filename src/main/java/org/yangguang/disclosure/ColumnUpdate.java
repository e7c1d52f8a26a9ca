package org.yangguang.disclosure;

import java.time.LocalDate;
import org.yangguang.organisation.Organisation;

/** 栏目更新情况 of one column: when it was last updated, until when that keeps it fresh, and its standing. */
public record ColumnUpdate(Organisation organisation, CatalogColumn column, LocalDate lastUpdate, LocalDate freshUntil,
		long documents, ColumnStanding standing) {
}
