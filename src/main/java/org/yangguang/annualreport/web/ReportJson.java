package org.yangguang.annualreport.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.AppealTable;
import org.yangguang.annualreport.AppealTable.AppealBlock;
import org.yangguang.annualreport.ApplicantCounts;
import org.yangguang.annualreport.ProactiveTable;
import org.yangguang.annualreport.ReportCheck;

/**
 * The JSON of {@code GET /api/v1/reports/annual} (stable contract):
 *
 * <pre>
 * { "table3": { "received" | "carriedIn" | &lt;21 outcome keys&gt; | "total" | "carriedOut":
 *                 { naturalPerson, commercial, research, publicInterest, legalService, otherOrg, total } },
 *   "table2": { "rules" | "normativeDocuments": { issued, repealed, inForce },
 *               "licensing" | "penalty" | "enforcement": { decisions }, "fees": { amountWanYuan } },
 *   "table4": { "reconsideration" | "litigationDirect" | "litigationAfterReconsideration":
 *                 { maintained, corrected, other, pending, total } },
 *   "checks": { &lt;name&gt;: { name, passed, expected, actual } } }
 * </pre>
 */
record ReportJson(Map<String, ApplicantCounts> table3, Table2 table2, Map<String, AppealBlock> table4,
		Map<String, Check> checks) {

	record Table2(Documents rules, Documents normativeDocuments, Decisions licensing, Decisions penalty,
			Decisions enforcement, Fees fees) {

		static Table2 of(ProactiveTable t) {
			return new Table2(new Documents(t.rulesIssued(), t.rulesRepealed(), t.rulesInForce()),
					new Documents(t.normativeIssued(), t.normativeRepealed(), t.normativeInForce()),
					new Decisions(t.licensingDecisions()), new Decisions(t.penaltyDecisions()),
					new Decisions(t.enforcementDecisions()), new Fees(t.feesWanYuan()));
		}
	}

	/** 本年制发件数, 本年废止件数, 现行有效件数 */
	record Documents(long issued, long repealed, long inForce) {
	}

	/** 本年处理决定数量 */
	record Decisions(long decisions) {
	}

	/** 本年收费金额（万元） */
	record Fees(BigDecimal amountWanYuan) {
	}

	record Check(String name, boolean passed, long expected, long actual) {
	}

	static ReportJson of(AnnualReport report) {
		AppealTable t4 = report.figures().table4();
		Map<String, AppealBlock> table4 = new LinkedHashMap<>();
		for (int i = 0; i < AppealTable.BLOCKS.size(); i++) {
			table4.put(AppealTable.BLOCKS.get(i), t4.blocks().get(i));
		}
		Map<String, Check> checks = new LinkedHashMap<>();
		for (ReportCheck c : report.checks()) {
			checks.put(c.name(), new Check(c.name(), c.passed(), c.expected(), c.actual()));
		}
		return new ReportJson(report.figures().table3().byKey(), Table2.of(report.figures().table2()), table4,
				checks);
	}
}
