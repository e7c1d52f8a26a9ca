package org.yangguang.disclosure;

import java.time.LocalDate;

/** What staff enter for a result of exercising a power (权力运行结果). */
public record PowerResultInput(Long powerId, String kind, String caseNo, String partyName, boolean partyIsPerson,
		String partyCreditCode, String decision, LocalDate decidedOn) {
}
