package org.yangguang.annualreport;

import java.time.Instant;

/**
 * The sections the office writes: 一、总体情况; 五、存在的主要问题及改进情况; 六、其他需要报告的事项.
 *
 * @param version   increases with every save; a save based on an older version is refused
 * @param updatedAt when last saved, null if never
 * @param updatedBy who saved last, null if never
 */
public record ReportSections(String overview, String problems, String otherMatters, int version, Instant updatedAt,
		String updatedBy) {

	public static final ReportSections EMPTY = new ReportSections("", "", "", 0, null, null);

	public ReportSections {
		overview = overview == null ? "" : overview;
		problems = problems == null ? "" : problems;
		otherMatters = otherMatters == null ? "" : otherMatters;
	}

	public boolean complete() {
		return !overview.isBlank() && !problems.isBlank() && !otherMatters.isBlank();
	}
}
