package org.yangguang.annualreport;

import java.math.BigDecimal;

/**
 * The computed part of a report — tables 二, 三 and 四 and the figures offered to the text sections — as computed
 * now, or as frozen when the report was published.
 *
 * @param feesCollectedYuan 信息处理费 collected in the year, in yuan (offered for section 六)
 */
public record ReportFigures(ProactiveTable table2, RequestTable table3, AppealTable table4,
		BigDecimal feesCollectedYuan) {

	public ReportFigures {
		feesCollectedYuan = feesCollectedYuan == null ? BigDecimal.ZERO : feesCollectedYuan;
	}
}
