package org.yangguang.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.annualreport.internal.ConsistencyChecks;
import org.yangguang.annualreport.internal.ReportAssembly;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Outcome;

/** 一 + 二 = （七） + 四: an application received but neither decided nor carried out breaks the balance. */
class BalanceCheckFailsWhenApplicationsGoMissing {

	@Test
	void anApplicationNeitherDecidedNorCarriedOutFailsTheBalanceOfItsColumnAndOfTheTotal() {
		HandBuiltFigures figures = new HandBuiltFigures()
			.received(ApplicantType.NATURAL_PERSON, 10).carriedIn(ApplicantType.NATURAL_PERSON, 2)
			.decided(Outcome.GRANTED, ApplicantType.NATURAL_PERSON, 6)
			.decided(Outcome.WITHHELD_THIRD_PARTY, ApplicantType.NATURAL_PERSON, 2)
			.carriedOut(ApplicantType.NATURAL_PERSON, 3)
			.received(ApplicantType.COMMERCIAL, 4).decided(Outcome.PARTIAL, ApplicantType.COMMERCIAL, 4);

		List<ReportCheck> checks = ConsistencyChecks.of(ReportAssembly.assemble(null, figures.build(2025)));

		assertThat(checks.stream().filter(c -> !c.passed()).map(ReportCheck::name))
			.containsExactly("table3.balance.naturalPerson", "table3.balance.total");
		ReportCheck natural = checks.stream().filter(c -> c.name().equals("table3.balance.naturalPerson"))
			.findFirst().orElseThrow();
		assertThat(natural.expected()).isEqualTo(12);
		assertThat(natural.actual()).isEqualTo(11);
		assertThat(natural.rule()).isEqualTo("balance");
		ReportCheck total = checks.stream().filter(c -> c.name().equals("table3.balance.total")).findFirst()
			.orElseThrow();
		assertThat(total.expected()).isEqualTo(16);
		assertThat(total.actual()).isEqualTo(15);
	}

	@Test
	void theSameYearWithTheMissingApplicationCarriedOutBalances() {
		HandBuiltFigures figures = new HandBuiltFigures()
			.received(ApplicantType.NATURAL_PERSON, 10).carriedIn(ApplicantType.NATURAL_PERSON, 2)
			.decided(Outcome.GRANTED, ApplicantType.NATURAL_PERSON, 6)
			.decided(Outcome.WITHHELD_THIRD_PARTY, ApplicantType.NATURAL_PERSON, 2)
			.carriedOut(ApplicantType.NATURAL_PERSON, 4)
			.received(ApplicantType.COMMERCIAL, 4).decided(Outcome.PARTIAL, ApplicantType.COMMERCIAL, 4);

		assertThat(ConsistencyChecks.of(ReportAssembly.assemble(null, figures.build(2025))))
			.allMatch(ReportCheck::passed);
	}
}
