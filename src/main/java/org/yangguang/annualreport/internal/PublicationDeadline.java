package org.yangguang.annualreport.internal;

import java.time.LocalDate;
import java.time.Month;

import org.yangguang.organisation.OrganisationKind;

/**
 * 年度报告公布时限 (条例第四十九、五十条): a people's government publishes its report for the previous year by
 * 31 March; its departments and every other agency (townships report to the county like departments) by 31 January.
 * These are fixed dates of the Regulation, not working-day time limits. Publishing later is allowed but marked late.
 */
public final class PublicationDeadline {

	private PublicationDeadline() {
	}

	public static LocalDate forReport(OrganisationKind kind, int year) {
		return kind == OrganisationKind.GOVERNMENT ? LocalDate.of(year + 1, Month.MARCH, 31)
				: LocalDate.of(year + 1, Month.JANUARY, 31);
	}

	public static boolean late(OrganisationKind kind, int year, LocalDate publishedOn) {
		return publishedOn.isAfter(forReport(kind, year));
	}
}
