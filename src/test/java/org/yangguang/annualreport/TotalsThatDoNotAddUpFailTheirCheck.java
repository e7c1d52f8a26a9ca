package org.yangguang.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yangguang.annualreport.AppealTable.AppealBlock;
import org.yangguang.annualreport.internal.ConsistencyChecks;
import org.yangguang.inforequest.Outcome;

/**
 * A table whose 总计 cells do not add up (a row's 总计 against its six columns, （七） against the 21 leaf rows,
 * table 四's 总计 against its four results) fails exactly the check of that cell.
 */
class TotalsThatDoNotAddUpFailTheirCheck {

	private static final ApplicantCounts FIVE = new ApplicantCounts(2, 1, 0, 1, 0, 1, 5);

	@Test
	void aRowTotalDifferentFromItsSixColumnsFailsTheRowTotalCheck() {
		ApplicantCounts wrong = new ApplicantCounts(2, 1, 0, 1, 0, 1, 6);
		RequestTable table = new RequestTable(FIVE, ApplicantCounts.ZERO, Map.of(Outcome.GRANTED, wrong), wrong,
				ApplicantCounts.ZERO);

		List<ReportCheck> failed = failed(table, none());

		assertThat(failed).extracting(ReportCheck::name).contains("table3.rowTotal.granted", "table3.rowTotal.total");
		ReportCheck granted = failed.stream().filter(c -> c.name().equals("table3.rowTotal.granted")).findFirst()
			.orElseThrow();
		assertThat(granted.expected()).isEqualTo(5);
		assertThat(granted.actual()).isEqualTo(6);
	}

	@Test
	void aTotalRowDifferentFromTheLeafRowsFailsTheTotalCheckOfThatColumn() {
		ApplicantCounts total = new ApplicantCounts(3, 1, 0, 1, 0, 1, 6);
		RequestTable table = new RequestTable(new ApplicantCounts(3, 1, 0, 1, 0, 1, 6), ApplicantCounts.ZERO,
				Map.of(Outcome.GRANTED, FIVE), total, ApplicantCounts.ZERO);

		assertThat(failed(table, none())).extracting(ReportCheck::name)
			.containsExactly("table3.total.naturalPerson", "table3.total.total");
	}

	@Test
	void anAppealTotalDifferentFromItsFourResultsFailsTheAppealCheck() {
		RequestTable table = new RequestTable(FIVE, ApplicantCounts.ZERO, Map.of(Outcome.GRANTED, FIVE), FIVE,
				ApplicantCounts.ZERO);
		AppealTable appeals = new AppealTable(AppealBlock.of(1, 2, 0, 1), new AppealBlock(1, 0, 0, 0, 2),
				AppealBlock.NONE);

		List<ReportCheck> failed = failed(table, appeals);

		assertThat(failed).extracting(ReportCheck::name).containsExactly("table4.litigationDirect.total");
		assertThat(failed.get(0).expected()).isEqualTo(1);
		assertThat(failed.get(0).actual()).isEqualTo(2);
	}

	private static AppealTable none() {
		return new AppealTable(AppealBlock.NONE, AppealBlock.NONE, AppealBlock.NONE);
	}

	private static List<ReportCheck> failed(RequestTable table, AppealTable appeals) {
		return ConsistencyChecks.of(new ReportFigures(ProactiveTable.EMPTY, table, appeals, BigDecimal.ZERO))
			.stream().filter(c -> !c.passed()).toList();
	}
}
