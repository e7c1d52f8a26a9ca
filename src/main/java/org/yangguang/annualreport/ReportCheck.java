package org.yangguang.annualreport;

/**
 * One consistency check of the national format (勾稽关系), evaluated before a report may be published.
 *
 * @param name     stable name, e.g. {@code table3.balance.total} or {@code table3.rowTotal.granted}
 * @param rule     which rule: {@code balance} (一 + 二 = （七） + 四), {@code total} (（七） = the 21 leaf rows),
 *                 {@code rowTotal} (总计 = the six applicant columns) or {@code appealTotal} (table 四 总计 = its four)
 * @param subject  the column or row or block the check is about
 * @param expected the value the rule requires
 * @param actual   the value in the table
 */
public record ReportCheck(String name, String rule, String subject, long expected, long actual) {

	public boolean passed() {
		return expected == actual;
	}
}
