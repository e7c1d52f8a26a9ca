package org.yangguang.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.annualreport.internal.PublicationDeadline;
import org.yangguang.organisation.OrganisationKind;

/** 条例第四十九、五十条: departments publish by 31 January, governments by 31 March of the following year. */
class ReportIsDueBy31JanuaryOr31March {

	@ParameterizedTest
	@CsvSource({ "GOVERNMENT, 2025, 2026-03-31", "DEPARTMENT, 2025, 2026-01-31", "TOWNSHIP, 2025, 2026-01-31",
			"GOVERNMENT, 2023, 2024-03-31", "INSTITUTION, 2027, 2028-01-31" })
	void legalDateDependsOnTheKindOfOrganisation(OrganisationKind kind, int year, LocalDate due) {
		assertThat(PublicationDeadline.forReport(kind, year)).isEqualTo(due);
	}

	@ParameterizedTest
	@CsvSource({ "DEPARTMENT, 2026-01-31, false", "DEPARTMENT, 2026-02-01, true", "GOVERNMENT, 2026-02-01, false",
			"GOVERNMENT, 2026-03-31, false", "GOVERNMENT, 2026-04-01, true" })
	void publishingAfterTheLegalDateIsLate(OrganisationKind kind, LocalDate publishedOn, boolean late) {
		assertThat(PublicationDeadline.late(kind, 2025, publishedOn)).isEqualTo(late);
	}
}
