package org.yangguang.disclosure;

/** What staff enter for a power list entry (权力清单事项). */
public record PowerEntryInput(String code, String name, String kind, String legalBasis, String procedure, String timeLimit,
		String responsibleUnit) {
}
