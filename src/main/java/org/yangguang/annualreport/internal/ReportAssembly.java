package org.yangguang.annualreport.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.yangguang.annualreport.AppealTable;
import org.yangguang.annualreport.AppealTable.AppealBlock;
import org.yangguang.annualreport.ApplicantCounts;
import org.yangguang.annualreport.ProactiveTable;
import org.yangguang.annualreport.ReportFigures;
import org.yangguang.annualreport.RequestTable;
import org.yangguang.disclosure.ProactiveYearFigures;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.RequestYearFigures;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.inforequest.RequestYearFigures.AppealCounts;

/** 报表汇总 — lays the figures of the catalog and of the request register out as tables 二, 三 and 四. */
public final class ReportAssembly {

	private ReportAssembly() {
	}

	public static ReportFigures assemble(ProactiveYearFigures proactive, RequestYearFigures requests) {
		return assemble(proactive, requests, Map.of());
	}

	/**
	 * @param disclosureCases cases about proactive disclosure by kind and result at the year's end, added to table
	 *                        四's cases about applications
	 */
	public static ReportFigures assemble(ProactiveYearFigures proactive, RequestYearFigures requests,
			Map<AppealKind, Map<AppealResult, Long>> disclosureCases) {
		AppealTable fromRequests = table4(requests);
		AppealTable table4 = new AppealTable(
				fromRequests.reconsideration().plus(block(disclosureCases.get(AppealKind.RECONSIDERATION))),
				fromRequests.litigationDirect().plus(block(disclosureCases.get(AppealKind.LITIGATION_DIRECT))),
				fromRequests.litigationAfterReconsideration()
					.plus(block(disclosureCases.get(AppealKind.LITIGATION_AFTER_RECONSIDERATION))));
		return new ReportFigures(table2(proactive), table3(requests), table4,
				requests == null ? BigDecimal.ZERO : requests.feesCollectedYuan());
	}

	private static AppealBlock block(Map<AppealResult, Long> byResult) {
		if (byResult == null) {
			return AppealBlock.NONE;
		}
		return AppealBlock.of(byResult.getOrDefault(AppealResult.MAINTAINED, 0L),
				byResult.getOrDefault(AppealResult.CORRECTED, 0L), byResult.getOrDefault(AppealResult.OTHER, 0L),
				byResult.getOrDefault(AppealResult.PENDING, 0L));
	}

	static ProactiveTable table2(ProactiveYearFigures f) {
		if (f == null) {
			return ProactiveTable.EMPTY;
		}
		return new ProactiveTable(f.rulesIssued(), f.rulesRepealed(), f.rulesInForce(), f.normativeIssued(),
				f.normativeRepealed(), f.normativeInForce(), f.licensingDecisions(), f.penaltyDecisions(),
				f.enforcementDecisions(), f.feesWanYuan());
	}

	/** （七）总计 is the column-by-column sum of the 21 outcome rows. */
	static RequestTable table3(RequestYearFigures f) {
		if (f == null) {
			return new RequestTable(ApplicantCounts.ZERO, ApplicantCounts.ZERO, Map.of(), ApplicantCounts.ZERO,
					ApplicantCounts.ZERO);
		}
		Map<Outcome, ApplicantCounts> outcomes = new EnumMap<>(Outcome.class);
		if (f.outcomes() != null) {
			f.outcomes().forEach((outcome, byType) -> outcomes.put(outcome, ApplicantCounts.of(byType)));
		}
		ApplicantCounts total = outcomes.values().stream().reduce(ApplicantCounts.ZERO, ApplicantCounts::plus);
		return new RequestTable(ApplicantCounts.of(f.received()), ApplicantCounts.of(f.carriedIn()), outcomes, total,
				ApplicantCounts.of(f.carriedOut()));
	}

	static AppealTable table4(RequestYearFigures f) {
		if (f == null) {
			return new AppealTable(AppealBlock.NONE, AppealBlock.NONE, AppealBlock.NONE);
		}
		return new AppealTable(block(f.reconsideration()), block(f.litigationDirect()),
				block(f.litigationAfterReconsideration()));
	}

	private static AppealBlock block(AppealCounts c) {
		return c == null ? AppealBlock.NONE : AppealBlock.of(c.maintained(), c.corrected(), c.other(), c.pending());
	}
}
