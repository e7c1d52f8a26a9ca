package org.yangguang.annualreport;

import java.time.LocalDate;
import java.util.List;

import org.yangguang.organisation.Organisation;

/**
 * 政府信息公开工作年度报告 of one organisation for one year.
 *
 * @param organisation  the reporting organisation; its whole subtree is aggregated
 * @param year          the report year
 * @param figures       tables 二, 三, 四 — as frozen at publication once published, computed now before that and
 *                      while a correction is under way
 * @param checks        the consistency checks of {@code figures}
 * @param sections      sections 一, 五 and 六
 * @param legalDeadline the last day to publish: 31 January (departments) or 31 March (governments) of the next year
 * @param publication   the latest publication, null until published
 */
public record AnnualReport(Organisation organisation, int year, ReportFigures figures, List<ReportCheck> checks,
		ReportSections sections, LocalDate legalDeadline, ReportPublication publication) {

	public AnnualReport {
		checks = List.copyOf(checks);
	}

	public boolean published() {
		return publication != null;
	}

	/** Its sections may be written and it may be published: not yet published, or being corrected. */
	public boolean editable() {
		return publication == null || publication.correcting();
	}

	public boolean checksPassed() {
		return checks.stream().allMatch(ReportCheck::passed);
	}

	public List<ReportCheck> failedChecks() {
		return checks.stream().filter(c -> !c.passed()).toList();
	}
}
