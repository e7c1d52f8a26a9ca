package org.yangguang.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yangguang.annualreport.internal.ConsistencyChecks;
import org.yangguang.annualreport.internal.ReportAssembly;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.RequestYearFigures;

/**
 * Property: for any year in which every application received or carried in is either decided or carried out, the
 * assembled tables pass every check of the national format, and their totals are the sums the format defines.
 */
class ConsistentYearPassesEveryCheck {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946 })
	void assembledTablesOfABalancedYearPassAllChecks(long seed) {
		RequestYearFigures figures = HandBuiltFigures.balanced(new Random(seed)).build(2025);
		ReportFigures report = ReportAssembly.assemble(HandBuiltFigures.proactive(), figures);
		List<ReportCheck> checks = ConsistencyChecks.of(report);

		assertThat(checks).allSatisfy(c -> assertThat(c.passed()).as(c.name()).isTrue());
		// 7 balance + 7 total + 25 row totals + 3 appeal totals
		assertThat(checks).hasSize(42);

		RequestTable t3 = report.table3();
		for (ApplicantType type : ApplicantType.values()) {
			long decided = figures.outcomes().values().stream().mapToLong(m -> m.getOrDefault(type, 0L)).sum();
			assertThat(t3.total().column(type.column())).isEqualTo(decided);
		}
		long allDecided = figures.outcomes().values().stream()
			.flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
		assertThat(t3.total().total()).isEqualTo(allDecided);
		assertThat(t3.received().total() + t3.carriedIn().total())
			.isEqualTo(t3.total().total() + t3.carriedOut().total());
		long withheld = figures.outcomes().entrySet().stream().filter(e -> e.getKey().group().equals("withheld"))
			.flatMap(e -> e.getValue().values().stream()).mapToLong(Long::longValue).sum();
		assertThat(t3.subtotal("withheld").total()).isEqualTo(withheld);
		assertThat(report.table4().reconsideration().total())
			.isEqualTo(figures.reconsideration().total());
	}
}
