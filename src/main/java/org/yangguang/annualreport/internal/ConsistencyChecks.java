package org.yangguang.annualreport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yangguang.annualreport.AppealTable;
import org.yangguang.annualreport.AppealTable.AppealBlock;
import org.yangguang.annualreport.ApplicantCounts;
import org.yangguang.annualreport.ReportCheck;
import org.yangguang.annualreport.ReportFigures;
import org.yangguang.annualreport.RequestTable;

/**
 * 勾稽关系 — the checks of the national format that must hold before a report is published:
 * <ul>
 * <li>{@code balance}: 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度, in every column;</li>
 * <li>{@code total}: （七）总计 = the sum of the 21 leaf rows, in every column;</li>
 * <li>{@code rowTotal}: each row's 总计 = the sum of its six applicant columns;</li>
 * <li>{@code appealTotal}: each 总计 of table 四 = the sum of its four results.</li>
 * </ul>
 */
public final class ConsistencyChecks {

	private ConsistencyChecks() {
	}

	public static List<ReportCheck> of(ReportFigures figures) {
		List<ReportCheck> checks = new ArrayList<>();
		RequestTable t3 = figures.table3();
		ApplicantCounts leaves = t3.sumOfOutcomes();
		for (String column : ApplicantCounts.COLUMNS) {
			checks.add(new ReportCheck("table3.balance." + column, "balance", column,
					t3.received().column(column) + t3.carriedIn().column(column),
					t3.total().column(column) + t3.carriedOut().column(column)));
		}
		for (String column : ApplicantCounts.COLUMNS) {
			checks.add(new ReportCheck("table3.total." + column, "total", column, leaves.column(column),
					t3.total().column(column)));
		}
		for (Map.Entry<String, ApplicantCounts> row : t3.byKey().entrySet()) {
			checks.add(new ReportCheck("table3.rowTotal." + row.getKey(), "rowTotal", row.getKey(),
					row.getValue().sumOfApplicants(), row.getValue().total()));
		}
		AppealTable t4 = figures.table4();
		for (int i = 0; i < AppealTable.BLOCKS.size(); i++) {
			AppealBlock block = t4.blocks().get(i);
			String name = AppealTable.BLOCKS.get(i);
			checks.add(new ReportCheck("table4." + name + ".total", "appealTotal", name, block.sumOfResults(),
					block.total()));
		}
		return List.copyOf(checks);
	}
}
