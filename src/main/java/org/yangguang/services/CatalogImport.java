package org.yangguang.services;

import java.util.List;

/**
 * What an XLSX import of the catalog did: how many items were published as a new version and how many were
 * unchanged — or, when any row is wrong, nothing at all and every row's problem.
 */
public record CatalogImport(int published, int unchanged, List<Problem> problems) {

	/** A wrong row: its sheet, its row number as the spreadsheet shows it, and the message with its arguments. */
	public record Problem(String sheet, int row, String messageKey, Object[] args) {
	}

	public boolean accepted() {
		return problems.isEmpty();
	}
}
