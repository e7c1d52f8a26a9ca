package org.yangguang.disclosure;

/** What staff enter for a fee item (收费项目). */
public record FeeItemInput(String name, String legalBasis, String standard, String collectingUnit,
		boolean enterpriseRelated) {
}
