package org.yangguang.inforequest;

import java.time.LocalDate;

/**
 * 行政复议或行政诉讼 brought about a request, with its result (table 四). A case counts once, for the agency that
 * handled the request, even when the reconsideration body is a co-defendant.
 *
 * @param decidedOn null while pending
 */
public record Appeal(long id, AppealKind kind, LocalDate filedOn, AppealResult result, LocalDate decidedOn,
		String note) {
}
