package org.yangguang.disclosure;

import org.yangguang.organisation.Organisation;

/**
 * 栏目更新情况 of one organisation: its columns, how many are stale and how many empty. With {@value #VETO_COLUMNS} or
 * more stale or empty columns it risks a single-item veto (单项否决).
 */
public record FreshnessSummary(Organisation organisation, int columns, int stale, int empty) {

	public static final int VETO_COLUMNS = 5;

	public boolean vetoRisk() {
		return stale >= VETO_COLUMNS || empty >= VETO_COLUMNS;
	}
}
