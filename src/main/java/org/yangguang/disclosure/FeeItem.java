package org.yangguang.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SortedMap;

/**
 * 收费项目 — a fee in the fee catalog: item, legal basis, standard, collecting unit, whether it is charged to
 * enterprises (涉企收费), and the amounts collected per year (元).
 */
public record FeeItem(long id, long organisationId, String name, String legalBasis, String standard,
		String collectingUnit, boolean enterpriseRelated, Instant retiredAt, SortedMap<Integer, BigDecimal> collected) {

	public boolean retired() {
		return retiredAt != null;
	}
}
